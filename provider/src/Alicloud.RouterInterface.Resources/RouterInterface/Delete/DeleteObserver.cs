using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The delete's view of both ends, through the shared poller. Once the opposite was described and this end reports its
/// status (<c>OppositeInterfaceStatus</c>), only this end's region is polled; the opposite's region only when this end
/// cannot tell (for example when it is gone). One per delete; not thread-safe.
/// </summary>
internal sealed class DeleteObserver(RouterInterfaceStatusPoller poller, DeleteTarget target)
{
    private InterfaceKey? _opposite = target.Opposite;
    private RouterInterfaceInfo? _lastSelf;
    private RouterInterfaceInfo? _lastOpposite;
    private bool _oppositeAbsent;

    /// <summary>When the last look was sent and answered (brackets for the transition learner).</summary>
    public (DateTimeOffset Sent, DateTimeOffset Answered) LastLook { get; private set; }

    /// <summary>Both ends, no earlier than <paramref name="delay"/> from now. Cloud errors are thrown.</summary>
    public async Task<DeleteObservation> ObserveAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var infer = _opposite is { } known && known != target.Self && (_oppositeAbsent || OppositeEndInference.CanInfer(_lastSelf, known, _lastOpposite));
        var snapshot = await poller.ObserveAsync(infer ? [target.Self] : Keys(), delay, cancellationToken);
        LastLook = (snapshot.RequestedAt, snapshot.ObservedAt);
        var selfInfo = snapshot.Find(target.Self);
        if (DiscoveredOpposite(selfInfo) is { } discovered && discovered != _opposite)
        {
            // the describe names the opposite end (the state may not): look at it right away
            _opposite = discovered;
            infer = false;
            snapshot = await poller.ObserveAsync(Keys(), TimeSpan.Zero, cancellationToken);
            selfInfo = snapshot.Find(target.Self);
        }

        _lastSelf = selfInfo;
        var self = new EndObservation(InterfaceEnd.ThisEnd, target.Self, selfInfo);
        if (_opposite is not { } oppositeKey || oppositeKey == target.Self)
        {
            return new DeleteObservation(self, null);
        }

        var opposite = infer ? await InferOppositeAsync(selfInfo, oppositeKey, cancellationToken) : Remember(snapshot.Find(oppositeKey));
        return new DeleteObservation(self, new EndObservation(InterfaceEnd.OppositeEnd, oppositeKey, opposite));
    }

    private async Task<RouterInterfaceInfo?> InferOppositeAsync(RouterInterfaceInfo? selfInfo, InterfaceKey oppositeKey, CancellationToken cancellationToken)
    {
        if (_oppositeAbsent)
        {
            return null;
        }

        var (known, inferred) = OppositeEndInference.Infer(selfInfo, oppositeKey, _lastOpposite);
        if (known)
        {
            return Remember(inferred);
        }

        var direct = await poller.ObserveAsync([oppositeKey], TimeSpan.Zero, cancellationToken);
        return Remember(direct.Find(oppositeKey));
    }

    /// <summary>Keeps the last view of the opposite; absent once means absent for good (gone, or not visible to this account).</summary>
    private RouterInterfaceInfo? Remember(RouterInterfaceInfo? opposite)
    {
        if (opposite is null)
        {
            _oppositeAbsent = true;
        }
        else
        {
            _lastOpposite = opposite;
        }

        return opposite;
    }

    private InterfaceKey[] Keys() => _opposite is { } opposite && opposite != target.Self ? [target.Self, opposite] : [target.Self];

    private static InterfaceKey? DiscoveredOpposite(RouterInterfaceInfo? self) =>
        self is { OppositeInterfaceId.Length: > 0, OppositeRegionId.Length: > 0 } info
            ? new InterfaceKey(info.OppositeRegionId, info.OppositeInterfaceId)
            : null;
}
