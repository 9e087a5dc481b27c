using System.Threading.RateLimiting;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>
/// One real emulator (instant transitions) for the tests of a class, a VPC client to arrange routers out of band, and
/// the RouterInterface registrations of a pair in one region (acceptor, and an initiator pointing at it).
/// </summary>
public sealed class EmulatorStack : IAsyncLifetime
{
    public const string Region = TestConfig.Region;
    private RateLimiter? _limiter;
    private EmulatorProcess? _emulator;
    private IVpcClient? _cloud;

    public EmulatorProcess Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public IVpcClient Cloud => _cloud ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _emulator = await EmulatorProcess.StartAsync(new EmulatorStartOptions { Transitions = EmulatorTransitions.Instant }, bound.Token);
        _limiter = VpcClientFactory.CreateRateLimiter(EmulatorVpcClient.Options, TimeProvider.System);
        _cloud = EmulatorVpcClient.Create(_emulator, Region, _limiter);
    }

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _limiter?.Dispose();
    }

    /// <summary>An engine whose stack config points the default provider at the emulator.</summary>
    public async Task<PulumiEngine> StartEngineAsync(CancellationToken cancellationToken, PulumiEngineOptions? options = null)
    {
        var engine = await PulumiEngine.StartAsync(options, cancellationToken);
        Configure(engine.Config);
        return engine;
    }

    /// <summary>The stack config of a provider on the emulator (<c>pulumi config set</c>, credentials as secrets).</summary>
    public void Configure(IDictionary<string, ConfigValue> config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config["region"] = Region;
        config["accessKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeyId);
        config["secretKey"] = ConfigValue.Secret(EmulatorCredentials.Dev.AccessKeySecret);
        config["endpoint"] = Emulator.Endpoint;
    }

    public async Task<string> NewRouterAsync(CancellationToken cancellationToken) =>
        (await Cloud.CreateVpcAsync(new CreateVpcRequest { RegionId = Region, CidrBlock = "10.0.0.0/16" }, cancellationToken)).VRouterId;

    /// <summary>The status of an interface as the cloud reports it now (null when it does not exist).</summary>
    public async Task<RouterInterfaceInfo?> DescribeAsync(string id, CancellationToken cancellationToken) =>
        (await Cloud.DescribeRouterInterfacesAsync(Region, [id], cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<EmulatorRequestRecord>> RequestsAsync(CancellationToken cancellationToken) =>
        Emulator.Admin.GetRequestsAsync(null, cancellationToken);

    public static ResourceDeclaration Acceptor(string name, string routerId, params (string Key, object? Value)[] extra) =>
        new(TestConfig.RouterInterfaceToken, name, Inputs(
            [("routerId", routerId), ("routerType", "VRouter"), ("role", "AcceptingSide"), ("spec", "Negative"), ("oppositeRegionId", Region), ("name", name)], extra));

    public static ResourceDeclaration Initiator(string name, string routerId, string acceptorId, params (string Key, object? Value)[] extra) =>
        new(TestConfig.RouterInterfaceToken, name, Inputs(
            [("routerId", routerId), ("routerType", "VRouter"), ("role", "InitiatingSide"), ("spec", "Small.1"), ("oppositeRegionId", Region), ("oppositeInterfaceId", acceptorId), ("name", name)], extra));

    private static Struct Inputs((string Key, object? Value)[] values, (string Key, object? Value)[] extra)
    {
        var result = PropertyValues.Object(values);
        foreach (var (key, value) in extra)
        {
            result.Fields[key] = PropertyValues.ToValue(value);
        }

        return result;
    }
}
