using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Emulator.Hosting;
using Alicloud.Vpc.Emulator.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

/// <summary>The whole HTTP pipeline in-process on loopback, with the emulator clock a FakeTimeProvider.</summary>
public sealed class InProcessHostTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private WebApplication? _app;
    private SignedApiClient? _api;

    private SignedApiClient Api => _api!;

    public async Task InitializeAsync()
    {
        _app = EmulatorApplication.Build(new EmulatorOptions(), _clock);
        await _app.StartAsync();
        _api = new SignedApiClient(EmulatorApplication.BoundAddress(_app));
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Timestamp_CheckedAgainstInjectedClock_NotTheWallClock()
    {
        var onFakeClock = await Api.V1Async("DescribeRegions", [], time: _clock.GetUtcNow());
        var onWallClock = await Api.V1Async("DescribeRegions", [], time: DateTimeOffset.UtcNow);

        Assert.Equal(200, onFakeClock.Status);
        onWallClock.AssertEnvelope(400, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task Transition_OverHttp_AdvancesOnlyWithTheFakeClock()
    {
        var vpcId = (await Api.V1Async("CreateVpc", new() { ["RegionId"] = "cn-hangzhou" }, time: _clock.GetUtcNow())).Json.GetProperty("VpcId").GetString()!;

        async Task<string> StatusAsync() =>
            (await Api.V1Async("DescribeVpcs", new() { ["RegionId"] = "cn-hangzhou", ["VpcId"] = vpcId }, time: _clock.GetUtcNow()))
                .Json.GetProperty("Vpcs").GetProperty("Vpc")[0].GetProperty("Status").GetString()!;

        var before = await StatusAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(("Pending", "Available"), (before, await StatusAsync()));
    }

    [Fact]
    public async Task Admin_ThroughTheLauncherClient_Works()
    {
        var admin = new EmulatorAdminClient(new HttpClient { BaseAddress = Api.BaseUri });

        var table = await admin.SetTransitionsAsync(new Dictionary<string, double> { [EmulatorTransitions.Deleting] = 4 }, CancellationToken.None);

        Assert.Equal(4, table[EmulatorTransitions.Deleting]);
        Assert.True(await admin.IsHealthyAsync(CancellationToken.None));
    }
}
