using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// The one emulator setup of the test projects: the real emulator process on loopback, the dev account's VPC client
/// for arranging the cloud out of band (what a colleague does in the console), and the stack configuration that points
/// a provider at it, as <c>pulumi config set --secret</c> would. Test fixtures wrap it; the demo and bench need none of it.
/// </summary>
public sealed class EmulatorEnvironment : IAsyncDisposable
{
    private readonly EmulatorVpcClient _cloud;

    private EmulatorEnvironment(EmulatorProcess emulator, string region)
    {
        Emulator = emulator;
        Region = region;
        _cloud = new EmulatorVpcClient(emulator.Endpoint, region);
    }

    public EmulatorProcess Emulator { get; }

    public EmulatorAdminClient Admin => Emulator.Admin;

    /// <summary>The dev account's client in <see cref="Region"/>.</summary>
    public IVpcClient Cloud => _cloud.Client;

    /// <summary>The region the provider is configured with.</summary>
    public string Region { get; }

    public static async Task<EmulatorEnvironment> StartAsync(EmulatorStartOptions options, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var emulator = await EmulatorProcess.StartAsync(options, cancellationToken).ConfigureAwait(false);
        return new EmulatorEnvironment(emulator, region);
    }

    public Task<EmulatorSnapshot> SnapshotAsync(CancellationToken cancellationToken) => Admin.GetSnapshotAsync(cancellationToken);

    /// <summary>The provider's stack configuration on this emulator: region, endpoint, credentials as secrets.</summary>
    public void Configure(IDictionary<string, ConfigValue> config, EmulatorCredential? credential = null, string? securityToken = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        credential ??= EmulatorCredentials.Dev;
        config["region"] = Region;
        config["accessKey"] = ConfigValue.Secret(credential.AccessKeyId);
        config["secretKey"] = ConfigValue.Secret(credential.AccessKeySecret);
        config["endpoint"] = Emulator.Endpoint;
        if (securityToken is not null)
        {
            config["securityToken"] = ConfigValue.Secret(securityToken);
        }
    }

    /// <summary>A fresh engine (empty stack) whose default provider points at this emulator.</summary>
    public async Task<PulumiEngine> StartEngineAsync(
        CancellationToken cancellationToken, PulumiEngineOptions? options = null, EmulatorCredential? credential = null, string? securityToken = null)
    {
        var engine = await PulumiEngine.StartAsync(options ?? new PulumiEngineOptions(), cancellationToken).ConfigureAwait(false);
        Configure(engine.Config, credential, securityToken);
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync().ConfigureAwait(false);
        _cloud.Dispose();
    }
}
