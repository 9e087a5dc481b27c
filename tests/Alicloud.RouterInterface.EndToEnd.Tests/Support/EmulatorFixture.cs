using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// One real emulator process per test class (tests of a class run one after another; each builds its own VPCs), a
/// VPC client for arranging things out of band, and engines configured like <c>pulumi config set</c> would.
/// </summary>
public abstract class EmulatorFixture : IAsyncLifetime
{
    private EmulatorEnvironment? _environment;

    public EmulatorEnvironment Environment => _environment ?? throw new InvalidOperationException("The fixture is not started.");

    public EmulatorProcess Emulator => Environment.Emulator;

    public EmulatorAdminClient Admin => Environment.Admin;

    /// <summary>The dev account's VPC client: what a colleague with the console (or another tool) does out of band.</summary>
    public IVpcClient Cloud => Environment.Cloud;

    /// <summary>The credential the stack's provider is configured with.</summary>
    public virtual EmulatorCredential Credential => EmulatorCredentials.Dev;

    /// <summary>An STS token the stack's provider is configured with, if any.</summary>
    public virtual string? ConfiguredSecurityToken => null;

    /// <summary>Transitions (seconds) for this class; short so the whole project stays quick.</summary>
    protected virtual IReadOnlyDictionary<string, double> Transitions { get; } = FastTransitions;

    protected virtual string? CredentialsFile => null;

    /// <summary>Variants over the emulator's strict defaults for this class (null: the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Variants => null;

    internal static IReadOnlyDictionary<string, double> FastTransitions { get; } = new Dictionary<string, double>
    {
        [EmulatorTransitions.Connecting] = 0.3,
        [EmulatorTransitions.AcceptingConnecting] = 0.3,
        [EmulatorTransitions.Activating] = 0.3,
        [EmulatorTransitions.Modifying] = 0.3,
        [EmulatorTransitions.Deactivating] = 0.4,
        [EmulatorTransitions.Deleting] = 0.5,
        [EmulatorTransitions.RouteEntryPending] = 0.2,
        [EmulatorTransitions.RouteEntryDeleting] = 0.3,
        [EmulatorTransitions.VpcPending] = 0,
    };

    public async Task InitializeAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _environment = await EmulatorEnvironment.StartAsync(
            new EmulatorStartOptions { Transitions = Transitions, CredentialsFile = CredentialsFile, Variants = Variants }, Regions.Home, bound.Token);
    }

    public virtual async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    /// <summary>A fresh engine (empty stack) whose provider points at this emulator.</summary>
    public Task<PulumiEngine> StartEngineAsync(CancellationToken cancellationToken, PulumiEngineOptions? options = null) =>
        Environment.StartEngineAsync(cancellationToken, options, Credential, ConfiguredSecurityToken);

    internal Task<EmulatorSnapshot> StateAsync(CancellationToken cancellationToken) => Environment.SnapshotAsync(cancellationToken);

    internal Task<RequestLog> MarkRequestsAsync(CancellationToken cancellationToken) => RequestLog.MarkAsync(Admin, cancellationToken);

    /// <summary>Changes transition durations for what begins afterwards; dispose to restore this class's defaults.</summary>
    public async Task<IAsyncDisposable> SlowDownAsync(IReadOnlyDictionary<string, double> seconds, CancellationToken cancellationToken)
    {
        await Admin.SetTransitionsAsync(seconds, cancellationToken);
        return new TransitionRestore(Admin, Transitions);
    }

    /// <summary>Plays one variant of the API (<see cref="EmulatorVariants"/>) for what follows; dispose to go back to the strict default.</summary>
    public async Task<IAsyncDisposable> PlayAsync(string variant, string value, CancellationToken cancellationToken)
    {
        await Admin.SetVariantsAsync(null, new Dictionary<string, string> { [variant] = value }, cancellationToken);
        return new VariantRestore(Admin);
    }

    private sealed class VariantRestore(EmulatorAdminClient admin) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await admin.SetVariantsAsync(EmulatorVariants.Strict, null, bound.Token);
        }
    }

    private sealed class TransitionRestore(EmulatorAdminClient admin, IReadOnlyDictionary<string, double> defaults) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await admin.SetTransitionsAsync(defaults, bound.Token);
        }
    }
}
