namespace Alicloud.RouterInterface.Bench;

/// <summary>
/// The least wall time any delete algorithm could take for a scenario, from the physics of the emulator:
/// <list type="bullet">
/// <item>one Active pair cannot be gone sooner than Deactivating + Deleting after its delete starts, plus the requests that
/// must run one after the other (observe, deactivate, delete, confirm: <see cref="SerialRequests"/> round trips);</item>
/// <item>the engine runs at most <c>parallel</c> deletes at once, so N equal deletes take ceil(N/parallel) of them back
/// to back on the busiest worker; the acceptors' antichain then costs one round trip per wave;</item>
/// <item>under a request limit, every pair needs at least 3 changing calls (2 × Deactivate, 1 × DeleteExpressConnect); the
/// last DeleteExpressConnect cannot start before (3N − burst)/qps, and its Deleting follows.</item>
/// </list>
/// The bound is the larger of the parallelism bound and the rate bound.
/// </summary>
public static class LowerBound
{
    public const int SerialRequests = 4;
    public const int ChangingCallsPerPair = 3;

    public static LowerBoundFigures Compute(int pairs, int parallel, int qps, double deactivatingSeconds, double deletingSeconds, double roundTripSeconds)
    {
        var perDelete = deactivatingSeconds + deletingSeconds + (SerialRequests * roundTripSeconds);
        var waves = (pairs + parallel - 1) / parallel;
        var parallelBound = waves * perDelete;
        var rateBound = qps > 0
            ? (Math.Max(0, (ChangingCallsPerPair * pairs) - qps) / (double)qps) + deletingSeconds + roundTripSeconds
            : 0;
        return new LowerBoundFigures(Math.Max(parallelBound, rateBound), parallelBound, rateBound, waves, perDelete);
    }
}

/// <summary>The bound and its parts (seconds).</summary>
public sealed record LowerBoundFigures(double Seconds, double ParallelBoundSeconds, double RateBoundSeconds, int Waves, double PerDeleteSeconds);
