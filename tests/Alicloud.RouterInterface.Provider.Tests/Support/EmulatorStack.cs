using Alicloud.RouterInterface.Testing.Cloud;
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
    private EmulatorEnvironment? _environment;

    public EmulatorEnvironment Environment => _environment ?? throw new InvalidOperationException("Not started.");

    public EmulatorProcess Emulator => Environment.Emulator;

    public IVpcClient Cloud => Environment.Cloud;

    public async Task InitializeAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _environment = await EmulatorEnvironment.StartAsync(new EmulatorStartOptions { Transitions = EmulatorTransitions.Instant }, Region, bound.Token);
    }

    public async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    /// <summary>An engine whose stack config points the default provider at the emulator.</summary>
    public Task<PulumiEngine> StartEngineAsync(CancellationToken cancellationToken, PulumiEngineOptions? options = null) =>
        Environment.StartEngineAsync(cancellationToken, options);

    /// <summary>The stack config of a provider on the emulator (<c>pulumi config set</c>, credentials as secrets).</summary>
    public void Configure(IDictionary<string, ConfigValue> config) => Environment.Configure(config);

    public async Task<string> NewRouterAsync(CancellationToken cancellationToken) =>
        (await Cloud.NewRouterAsync(Region, cancellationToken, "10.0.0.0/16")).RouterId;

    /// <summary>The status of an interface as the cloud reports it now (null when it does not exist).</summary>
    /// <summary>The interface as listed; null when gone (not listed, or listed as Deleted: B4).</summary>
    public async Task<RouterInterfaceInfo?> DescribeAsync(string id, CancellationToken cancellationToken) =>
        (await Cloud.DescribeRouterInterfacesAsync(Region, [id], cancellationToken)).FirstOrDefault(i => i.Status != "Deleted");

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
