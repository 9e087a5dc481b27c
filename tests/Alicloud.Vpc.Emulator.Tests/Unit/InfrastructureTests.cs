using Alicloud.Vpc.Emulator.Faults;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;
using Alicloud.Vpc.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Emulator.Tests.Unit;

public sealed class InfrastructureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RateLimiter_BurstBeyondQps_IsRefusedUntilTokensRefill()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AccessKeyRateLimiter(new EmulatorLimits { Qps = 3 }, clock);

        var burst = Enumerable.Range(0, 5).Select(_ => limiter.TryAcquire("a")).ToArray();
        var otherKey = limiter.TryAcquire("b");
        clock.Advance(TimeSpan.FromSeconds(0.34));
        var afterRefill = limiter.TryAcquire("a");

        Assert.Equal(new[] { true, true, true, false, false }, burst);
        Assert.True(otherKey);
        Assert.True(afterRefill);
    }

    [Fact]
    public void RateLimiter_ZeroQps_IsUnlimited()
    {
        var limiter = new AccessKeyRateLimiter(new EmulatorLimits(), new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(limiter.TryAcquire("a")));
    }

    [Fact]
    public void Faults_CountedRule_FiresThatOftenThenDisappears()
    {
        var faults = new FaultInjector(seed: 1);
        faults.Add(new FaultRule { Action = "DeleteExpressConnect", Code = "InternalError", Count = 2 });
        var parameters = new Dictionary<string, string>();

        var decisions = Enumerable.Range(0, 3).Select(_ => faults.Decide("DeleteExpressConnect", parameters)).ToArray();

        Assert.Equal(500, decisions[0]!.HttpStatus);
        Assert.NotNull(decisions[1]);
        Assert.Null(decisions[2]);
        Assert.Empty(faults.Snapshot());
    }

    [Fact]
    public void Faults_FirstMatchingRule_Wins()
    {
        var faults = new FaultInjector(seed: 1);
        faults.Add(new FaultRule { Action = "*", ResourceId = "ri-a", Code = "InvalidInstanceId.NotFound" });
        faults.Add(new FaultRule { Action = "DeleteRouterInterface", Code = "Throttling.User" });

        var forA = faults.Decide("DeleteRouterInterface", new Dictionary<string, string> { ["RouterInterfaceId"] = "ri-a" });
        var forB = faults.Decide("DeleteRouterInterface", new Dictionary<string, string> { ["RouterInterfaceId"] = "ri-b" });

        Assert.Equal(("InvalidInstanceId.NotFound", 404), (forA!.Code, forA.HttpStatus));
        Assert.Equal(("Throttling.User", 400), (forB!.Code, forB.HttpStatus));
    }

    [Fact]
    public void Faults_SameSeed_GivesSameSequence()
    {
        static bool[] Run()
        {
            var faults = new FaultInjector(seed: 42);
            faults.Add(new FaultRule { Code = "Throttling.User", Probability = 0.5 });
            return Enumerable.Range(0, 40).Select(_ => faults.Decide("DescribeRegions", new Dictionary<string, string>()) is not null).ToArray();
        }

        var first = Run();

        Assert.Equal(first, Run());
        Assert.Contains(true, first);
        Assert.Contains(false, first);
    }

    [Theory]
    [InlineData(2.0, null, "InternalError")]
    [InlineData(null, 0, "InternalError")]
    [InlineData(null, null, null)]
    public void FaultRule_Invalid_IsReported(double? probability, int? count, string? code)
    {
        Assert.NotNull(new FaultRule { Probability = probability, Count = count, Code = code }.Validate());
    }

    [Fact]
    public void StateFile_EveryWrite_IsReloadedByANewStore()
    {
        var path = Path.Combine(_folder, "state.json");
        var first = new StateHarness(new StateFilePersistence(path));
        var pair = first.ConfiguredPair(crossAccount: true);
        first.Call("CreateVpc", new Dictionary<string, string> { ["RegionId"] = "cn-beijing", ["ClientToken"] = "vpc-1" });

        var second = new StateHarness(new StateFilePersistence(path));

        Assert.Equal("Idle", second.StatusOf(pair.Initiator));
        Assert.Equal(pair.Initiator, second.Describe(pair.Acceptor, StateHarness.OtherRegion, StateHarness.Peer).GetProperty("OppositeInterfaceId").GetString());
        Assert.Equal(first.Store.Dump(), second.Store.Dump());
        Assert.Equal(Path.Combine(_folder, "state.json"), Assert.Single(Directory.GetFiles(_folder)));
    }

    [Fact]
    public void StateFile_TransitionInFlight_ResolvesAfterReloadFromTimestamps()
    {
        var path = Path.Combine(_folder, "state.json");
        var first = new StateHarness(new StateFilePersistence(path));
        var pair = first.ConfiguredPair();
        first.Call("ConnectRouterInterface", new Dictionary<string, string> { ["RegionId"] = StateHarness.Region, ["RouterInterfaceId"] = pair.Initiator });

        var second = new StateHarness(new StateFilePersistence(path));
        var during = second.StatusOf(pair.Initiator);
        second.Advance(2);

        Assert.Equal(("Connecting", "Active"), (during, second.StatusOf(pair.Initiator)));
    }

    [Fact]
    public void StateFile_Missing_StartsEmpty()
    {
        var store = new StateFilePersistence(Path.Combine(_folder, "absent.json"));

        Assert.Null(store.Load());
    }

    [Fact]
    public void CredentialsFile_ObjectForm_AddsKeys()
    {
        var path = Path.Combine(_folder, "credentials.json");
        File.WriteAllText(path, """{"credentials":[{"accessKeyId":"ci","accessKeySecret":"ci-secret","accountId":"1000000000000003"}]}""");

        var store = new CredentialStore(CredentialStore.LoadFile(path));

        Assert.Equal("1000000000000003", store.Find("ci")!.AccountId);
        Assert.NotNull(store.Find("emulator-dev"));
    }

    [Fact]
    public void TransitionAssignment_CliForm_Parses()
    {
        Assert.Equal(new KeyValuePair<string, double>("Deactivating", 2.5), TransitionDurations.ParseAssignment("Deactivating=2.5"));
        Assert.Throws<FormatException>(() => TransitionDurations.ParseAssignment("Deactivating"));
    }
}
