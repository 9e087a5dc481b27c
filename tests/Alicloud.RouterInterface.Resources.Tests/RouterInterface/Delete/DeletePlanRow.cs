using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Tests.RouterInterface.Delete;

/// <summary>
/// One row of the delete's decision table: given what was seen and the progress (and what the process learnt), the
/// planner's next move: look or act (and which action), after which kind of delay, or the end with its code.
/// </summary>
public sealed record DeletePlanRow(string Given, DeleteSeen Seen, DeleteProgress Progress, DeletePlanRow.Expect Then)
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly InterfaceKey Self = new("cn-hangzhou", "ri-init");
    public static readonly InterfaceKey Opposite = new("cn-shanghai", "ri-acc");
    public static readonly RouteEntryRef Entry = new("cn-hangzhou", "vtb-a", "10.1.0.0/16", "rte-1", "ri-init");

    public bool Force { get; init; }

    public bool FastLink { get; init; }

    public TransitionTimes Learnt { get; init; } = TransitionTimes.None;

    public DeleteTarget Target => new(TestRig.Urn, Self, Opposite, Force) { FastLink = FastLink };

    public DeleteLearnt Knowledge => new(Now, Learnt, 0.5, new LifecycleOptions());

    public override string ToString() => Given;

    /// <summary>Where the planner goes next: a look or an action due (with its type), after <see cref="Delay"/>; or the end.</summary>
    public sealed record Expect(string Next, string? Action, Wait? Delay, string? Code)
    {
        public static Expect Look(Wait delay) => new("look", null, delay, null);

        public static Expect Act<T>(Wait delay) where T : DeleteAction => new("act", typeof(T).Name, delay, null);

        public static Expect Done(string? code = null) => new("done", null, null, code);

        public static Expect Refuse(string code) => new("refuse", null, null, code);

        /// <summary>An event the step must record (by its type name).</summary>
        public string? Records { get; init; }
    }

    /// <summary>A kind of delay and what it is with the default options and a jitter sample of 0.5 (no spread).</summary>
    public sealed record Wait(string Kind, TimeSpan After)
    {
        public static readonly Wait Now = new("now", TimeSpan.Zero);

        /// <summary>The first backoff of a wait (200 ms), the second (300 ms), the third (450 ms).</summary>
        public static readonly Wait Backoff0 = new("backoff #0", TimeSpan.FromMilliseconds(200));
        public static readonly Wait Backoff1 = new("backoff #1", TimeSpan.FromMilliseconds(300));
        public static readonly Wait Backoff2 = new("backoff #2", TimeSpan.FromMilliseconds(450));

        /// <summary>A transition's first look with nothing learnt yet (TransitionFirstLook).</summary>
        public static readonly Wait FirstLook = new("transition end, none learnt", TimeSpan.FromSeconds(1));

        /// <summary>A transition's learnt end (<see cref="Learnt"/>: Deactivating 1 s, Deleting 2 s) plus the slack.</summary>
        public static readonly Wait DeactivatingEnd = new("learnt Deactivating end", TimeSpan.FromMilliseconds(1040));
        public static readonly Wait DeletingEnd = new("learnt Deleting end", TimeSpan.FromMilliseconds(2040));

        /// <summary>While a transition outlasts its first look: half the time since the change (500 ms after 1 s).</summary>
        public static readonly Wait Cadence = new("transition cadence", TimeSpan.FromMilliseconds(500));

        /// <summary>A Deleting not learnt yet, right after our Deactivating (0 to 1 s) ended: the middle of that, 0.5 s, plus the slack.</summary>
        public static readonly Wait ScaleOfAny = new("scale of any learnt transition", TimeSpan.FromMilliseconds(540));

        /// <summary>The rest of a learnt transition (its upper end and the slack, counted from its start).</summary>
        public static Wait UntilLearntEnd(int milliseconds) => new("until the learnt end", TimeSpan.FromMilliseconds(milliseconds));

        /// <summary>A hint of ours (tables steady, route entries gone) capped at a poll (2 s).</summary>
        public static Wait Hint(int milliseconds) => new("hint", TimeSpan.FromMilliseconds(Math.Min(milliseconds, 2000)));
    }

    /// <summary>Both ends as listed (null: not listed); the opposite names this end back unless <paramref name="pointsBack"/> is false.</summary>
    public static DeleteObservation Observe(string? self, string? opposite, string selfCharge = "AfterPay", string oppositeCharge = "AfterPay", bool fastLink = false, bool pointsBack = true) => new(
        new EndObservation(InterfaceEnd.ThisEnd, Self, self is null ? null : ScriptedCloud.Interface(Self.Id, Self.RegionId, "vrt-a", RouterInterfaceRole.Initiator, self, selfCharge, Opposite.Id, Opposite.RegionId, "vrt-b") with { FastLinkMode = fastLink }),
        new EndObservation(InterfaceEnd.OppositeEnd, Opposite, opposite is null ? null : ScriptedCloud.Interface(Opposite.Id, Opposite.RegionId, "vrt-b", RouterInterfaceRole.Acceptor, opposite, oppositeCharge, pointsBack ? Self.Id : "ri-other", Self.RegionId, "vrt-a")));

    public static DeleteObservation CrossAccount(string self, string opposite, bool canChange) =>
        Observe(self, opposite) is var o ? o with { Opposite = o.Opposite! with { OtherAccount = "1000000000000002", CanChange = canChange } } : o;

    public static AlibabaCloudException Error(string code, int status = 400, string action = "DeleteExpressConnect") => new(action, code, "m", status, "R");
}
