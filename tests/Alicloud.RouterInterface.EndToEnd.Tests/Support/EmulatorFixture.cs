using System.Threading.RateLimiting;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// One real emulator process per test class (tests of a class run one after another; each builds its own VPCs), a
/// VPC client for arranging things out of band, and engines configured like <c>pulumi config set</c> would.
/// </summary>
public abstract class EmulatorFixture : IAsyncLifetime
{
    private RateLimiter? _limiter;
    private EmulatorProcess? _emulator;
    private IVpcClient? _cloud;

    public EmulatorProcess Emulator => _emulator ?? throw new InvalidOperationException("The fixture is not started.");

    public EmulatorAdminClient Admin => Emulator.Admin;

    /// <summary>The dev account's VPC client: what a colleague with the console (or another tool) does out of band.</summary>
    public IVpcClient Cloud => _cloud ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The credential the stack's provider is configured with.</summary>
    public virtual EmulatorCredential Credential => EmulatorCredentials.Dev;

    /// <summary>An STS token the stack's provider is configured with, if any.</summary>
    public virtual string? ConfiguredSecurityToken => null;

    /// <summary>Transitions (seconds) for this class; short so the whole project stays quick.</summary>
    protected virtual IReadOnlyDictionary<string, double> Transitions { get; } = FastTransitions;

    protected virtual string? CredentialsFile => null;

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
        _emulator = await EmulatorProcess.StartAsync(
            new EmulatorStartOptions { Transitions = Transitions, CredentialsFile = CredentialsFile },
            bound.Token);
        _limiter = VpcClientFactory.CreateRateLimiter(EmulatorVpcClient.Options, TimeProvider.System);
        _cloud = EmulatorVpcClient.Create(_emulator, Regions.Home, _limiter);
    }

    public virtual async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _limiter?.Dispose();
    }

    /// <summary>A fresh engine (empty stack) whose provider points at this emulator.</summary>
    public async Task<PulumiEngine> StartEngineAsync(CancellationToken cancellationToken, PulumiEngineOptions? options = null)
    {
        var engine = await PulumiEngine.StartAsync(options ?? new PulumiEngineOptions(), cancellationToken);
        engine.Config["region"] = Regions.Home;
        engine.Config["accessKey"] = ConfigValue.Secret(Credential.AccessKeyId);
        engine.Config["secretKey"] = ConfigValue.Secret(Credential.AccessKeySecret);
        engine.Config["endpoint"] = Emulator.Endpoint;
        if (ConfiguredSecurityToken is { } token)
        {
            engine.Config["securityToken"] = ConfigValue.Secret(token);
        }
        return engine;
    }

    internal Task<CloudState> StateAsync(CancellationToken cancellationToken) => CloudState.ReadAsync(Admin, cancellationToken);

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
