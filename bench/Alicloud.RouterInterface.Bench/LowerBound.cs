namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// The least wall time a delete algorithm with no overhead of its own could take for a scenario, from the physics of the
/// emulator:
/// <list type="bullet">
/// <item>one Active pair cannot be gone sooner than Deactivating + Deleting after its delete starts, plus the requests that
/// must run one after the other (observe, deactivate, delete, confirm: <see cref="SerialRequests"/> round trips);</item>
/// <item>the engine runs at most <c>parallel</c> deletes at once, taking them in order as workers free up;</item>
/// <item>a forced DeleteExpressConnect removes route entries from both ends' route tables, and the API refuses another
/// DeleteExpressConnect touching a table while its entries change (RouteEntry.Deleting): deletes on a shared router
/// are accepted one RouteEntry.Deleting apart (the topology puts up to five interfaces on a router);</item>
/// <item>under a request limit, every pair needs at least 3 changing calls (2 × Deactivate, 1 × DeleteExpressConnect); the
/// last DeleteExpressConnect cannot start before (3N − burst)/qps, and its Deleting follows.</item>
/// </list>
/// The first three are played as a schedule (<see cref="Schedule"/>); the bound is the larger of that and the rate bound.
/// The figures also keep the plain parallelism bound, ceil(N/parallel) × one pair, which ignores shared route tables.
/// </summary>
public static class LowerBound
{
    public const int SerialRequests = 4;
    public const int ChangingCallsPerPair = 3;

    public static LowerBoundFigures Compute(
        IReadOnlyList<(string InitiatorRouter, string AcceptorRouter)> pairs, int parallel, int qps, BoundPhysics physics) =>
        Compute([pairs], parallel, qps, physics);

    /// <summary>
    /// Several stacks destroyed at once on one account, each by its own engine at <paramref name="parallel"/> on
    /// routers of its own: the slowest stack's schedule, and the rate bound over the calls of all of them.
    /// </summary>
    public static LowerBoundFigures Compute(
        IReadOnlyList<IReadOnlyList<(string InitiatorRouter, string AcceptorRouter)>> stacks, int parallel, int qps, BoundPhysics physics)
    {
        ArgumentNullException.ThrowIfNull(stacks);
        ArgumentNullException.ThrowIfNull(physics);
        var perDelete = physics.DeactivatingSeconds + physics.DeletingSeconds + (SerialRequests * physics.RoundTripSeconds);
        var waves = stacks.Max(pairs => (pairs.Count + parallel - 1) / parallel);
        var parallelBound = waves * perDelete;
        var scheduled = stacks.Max(pairs => Math.Min(Schedule(pairs, parallel, physics), Schedule([.. pairs.Reverse()], parallel, physics)));
        var total = stacks.Sum(pairs => pairs.Count);
        var rateBound = qps > 0
            ? (Math.Max(0, (ChangingCallsPerPair * total) - qps) / (double)qps) + physics.DeletingSeconds + physics.RoundTripSeconds
            : 0;
        return new LowerBoundFigures(Math.Max(scheduled, rateBound), parallelBound, scheduled, rateBound, waves, perDelete);
    }

    /// <summary>
    /// Deletes in the given order on <paramref name="parallel"/> workers, each as fast as physics allows: observe and
    /// deactivate (2 round trips), Deactivating, DeleteExpressConnect at the first moment no other acceptance on either
    /// router lies within one RouteEntry.Deleting of it (earlier gaps are used: a delete waiting for one router does not
    /// hold the other), then Deleting and the confirming look. Either order of the fleet may be the engine's; the bound
    /// takes the faster. Greedy, so a close estimate rather than a proof: a cleverer order could still beat it.
    /// </summary>
    public static double Schedule(IReadOnlyList<(string InitiatorRouter, string AcceptorRouter)> pairs, int parallel, BoundPhysics physics)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(physics);
        var rtt = physics.RoundTripSeconds;
        var workers = new PriorityQueue<int, double>();
        for (var i = 0; i < Math.Max(1, parallel); i++)
        {
            workers.Enqueue(i, 0);
        }

        var accepted = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var end = 0.0;
        foreach (var (initiator, acceptor) in pairs)
        {
            workers.TryDequeue(out var worker, out var start);
            var deactivated = start + (2 * rtt) + physics.DeactivatingSeconds;
            var at = FirstFreeMoment(deactivated, [.. Acceptances(accepted, initiator), .. Acceptances(accepted, acceptor)], physics.RouteEntryDeletingSeconds);
            Acceptances(accepted, initiator).Add(at);
            Acceptances(accepted, acceptor).Add(at);
            var done = at + rtt + physics.DeletingSeconds + rtt;
            end = Math.Max(end, done);
            workers.Enqueue(worker, done);
        }

        return end;
    }

    private static List<double> Acceptances(Dictionary<string, List<double>> accepted, string router) =>
        accepted.TryGetValue(router, out var list) ? list : accepted[router] = [];

    /// <summary>The earliest t ≥ <paramref name="ready"/> at least <paramref name="gap"/> away from every other acceptance.</summary>
    private static double FirstFreeMoment(double ready, List<double> others, double gap)
    {
        others.Sort();
        var t = ready;
        foreach (var other in others)
        {
            if (Math.Abs(t - other) < gap - 1e-9)
            {
                t = other + gap;
            }
        }

        return t;
    }
}

/// <summary>The emulator's transition times and the measured round trip (seconds).</summary>
public sealed record BoundPhysics(double DeactivatingSeconds, double DeletingSeconds, double RouteEntryDeletingSeconds, double RoundTripSeconds);

/// <summary>The bound and its parts (seconds).</summary>
public sealed record LowerBoundFigures(
    double Seconds, double ParallelBoundSeconds, double ScheduledBoundSeconds, double RateBoundSeconds, int Waves, double PerDeleteSeconds);
