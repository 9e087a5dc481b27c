using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Tests.Support;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>
/// Issue 15 item 6: a Deleted row is gone; an ID missing from a multi-ID answer is looked up alone before it counts as
/// gone (B6: values beyond a cap silently dropped); the IDs per call follow the API's limits and what an answer proved.
/// </summary>
public sealed class GoneMeansGoneTests : IDisposable
{
    private const string Region = "cn-hangzhou";
    private readonly TestRig _rig = new(new LifecycleOptions { JitterRatio = 0, IdsPerDescribe = 4 });

    public void Dispose() => _rig.Dispose();

    private static string[] Ids(int count) => [.. Enumerable.Range(1, count).Select(i => $"ri-{i:00}")];

    private void AddActive(params string[] ids)
    {
        foreach (var id in ids)
        {
            _rig.Cloud.Add(ScriptedCloud.Interface(id, Region, "vrt-" + id, RouterInterfaceRole.Initiator, "Active"));
        }
    }

    private Task<InterfaceSnapshot> Poll(IReadOnlyCollection<string> ids) =>
        _rig.RunAsync(() => _rig.Poller.PollAsync(Region, ids, TimeSpan.Zero, CancellationToken.None));

    [Fact]
    public async Task PollAsync_MoreIdsThanOneCallCarries_SplitsIntoCallsOfAtMostTheLimit()
    {
        AddActive(Ids(10));

        var snapshot = await Poll(Ids(10));

        Assert.Equal(10, snapshot.Found.Count);
        Assert.Equal([4, 4, 2], _rig.Cloud.Describes.Select(d => d.Ids.Length));
    }

    [Fact]
    public async Task PollAsync_AnswerTruncatedByTheApi_NeverCountsAnExistingInterfaceGone_AndLowersTheIdsPerCall()
    {
        AddActive(Ids(4));
        _rig.Cloud.FilterValueCap = 2;

        var snapshot = await Poll(Ids(4));

        Assert.Equal(4, snapshot.Found.Count);
        Assert.Equal([4, 1, 1], _rig.Cloud.Describes.Select(d => d.Ids.Length)); // the two left out, each alone
        Assert.Equal(2, _rig.Poller.IdsPerCall);

        var again = await Poll(Ids(4));
        Assert.Equal(4, again.Found.Count);
        Assert.Equal([2, 2], _rig.Cloud.Describes.Skip(3).Select(d => d.Ids.Length)); // no lone looks needed any more
    }

    [Fact]
    public async Task PollAsync_IdReallyGone_IsConfirmedByALookForItAlone()
    {
        AddActive("ri-01", "ri-02");

        var snapshot = await Poll(["ri-01", "ri-02", "ri-03"]);

        Assert.Null(snapshot.Find(new InterfaceKey(Region, "ri-03")));
        Assert.Equal(["ri-03"], _rig.Cloud.Describes.Last().Ids);
        Assert.Equal(4, _rig.Poller.IdsPerCall); // a real absence proves no truncation
    }

    [Fact]
    public async Task PollAsync_RowListedAsDeleted_IsGoneWithoutALookAlone()
    {
        AddActive("ri-01");
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-02", Region, "vrt-b", RouterInterfaceRole.Initiator, RouterInterfaceStatuses.Deleted));

        var snapshot = await Poll(["ri-01", "ri-02"]);

        Assert.Null(snapshot.Find(new InterfaceKey(Region, "ri-02")));
        Assert.NotNull(snapshot.Find(new InterfaceKey(Region, "ri-01")));
        Assert.Single(_rig.Cloud.Describes);
    }

    [Fact]
    public void EndObservation_DeletedStatus_DoesNotExist()
    {
        var key = new InterfaceKey(Region, "ri-01");
        var deleted = new EndObservation(InterfaceEnd.OppositeEnd, key, ScriptedCloud.Interface("ri-01", Region, "vrt-a", RouterInterfaceRole.Acceptor, "Deleted"));

        Assert.False(deleted.Exists);
        Assert.Equal("ri-01 gone", deleted.ToString());
    }

    [Fact]
    public async Task Delete_InterfaceListedOnlyAsDeleted_IsAlreadyGone()
    {
        _rig.Cloud.Add(ScriptedCloud.Interface("ri-01", Region, "vrt-a", RouterInterfaceRole.Initiator, RouterInterfaceStatuses.Deleted));

        await _rig.RunAsync(() => _rig.Deleter.DeleteAsync(new DeleteTarget(TestRig.Urn, new InterfaceKey(Region, "ri-01"), null, Force: false), null, CancellationToken.None));

        Assert.Contains(_rig.Diagnostics.Of("info"), m => m.Contains("AlreadyGone", StringComparison.Ordinal));
        Assert.Equal(0, _rig.Cloud.Calls(nameof(Alicloud.Vpc.Client.IVpcClient.DeleteExpressConnectAsync)));
    }
}
