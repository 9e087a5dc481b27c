using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Tests.Contract;

/// <summary>One real emulator process (loopback) shared by the contract tests of the collection; each test resets it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    /// <summary>Short transitions so life-cycle waits take a fraction of a second.</summary>
    public static readonly IReadOnlyDictionary<string, double> ShortTransitions = new Dictionary<string, double> { [EmulatorTransitions.All] = 0.3 };

    public const int RouterInterfacesPerRouter = 200;

    /// <summary>Quick retries so fault tests stay short; everything else as in production.</summary>
    public static readonly VpcClientOptions ContractOptions = VpcClientOptions.Default with
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromMilliseconds(500),
        AttemptTimeout = TimeSpan.FromSeconds(15),
    };

    private readonly VpcCallBudget _budget = EmulatorClients.GenerousBudget();
    private EmulatorProcess? _emulator;

    public EmulatorProcess Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    public EmulatorAdminClient Admin => Emulator.Admin;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _emulator = await EmulatorProcess.StartAsync(
            // the wire contract, with exact listings: the listing variants (B4, B5) are the provider's tests' concern
            new EmulatorStartOptions { Transitions = ShortTransitions, RouterInterfacesPerRouter = RouterInterfacesPerRouter, Variants = EmulatorVariants.ExactListings },
            timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _budget.Dispose();
    }

    /// <summary>Empties the emulator and restores the defaults a test may have changed.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await Admin.ResetAsync(cancellationToken);
        await Admin.SetTransitionsAsync(ShortTransitions, cancellationToken);
        await Admin.SetLimitsAsync(new EmulatorLimitSettings(Qps: 0, RouterInterfacesPerRouter: RouterInterfacesPerRouter), cancellationToken);
        await Admin.SetVariantsAsync(EmulatorVariants.Strict, EmulatorVariants.ExactListings, cancellationToken);
    }

    public IVpcClient Client(EmulatorCredential credential, VpcClientOptions? options = null, VpcSignatureVersion signature = VpcSignatureVersion.Acs3HmacSha256) =>
        Client(Emulator.Endpoint, credential.AccessKeyId, credential.AccessKeySecret, options, signature);

    public IVpcClient Client(string endpoint, string accessKeyId, string accessKeySecret, VpcClientOptions? options = null, VpcSignatureVersion signature = VpcSignatureVersion.Acs3HmacSha256) =>
        EmulatorClients.Create(endpoint, accessKeyId, accessKeySecret, options ?? ContractOptions, _budget, SettingValue(signature));

    /// <summary>The <c>signatureAlgorithm</c> setting that selects <paramref name="signature"/>, as a user writes it.</summary>
    public static string SettingValue(VpcSignatureVersion signature) => signature == VpcSignatureVersion.RpcHmacSha1 ? "v2" : "ACS3-HMAC-SHA256";
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "emulator";
}

internal static class ContractRegions
{
    public const string Initiator = "cn-hangzhou";
    public const string Acceptor = "cn-shanghai";
    public const string Unknown = "xx-nowhere-1";
}
