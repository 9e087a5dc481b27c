namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// What the process has learnt of transition durations at one moment (<see cref="TransitionLearner.Snapshot"/>): per
/// status more than Lower and at most Upper, and a scale for a transition not seen yet (<see cref="OfAny"/>).
/// </summary>
public sealed record TransitionTimes(IReadOnlyDictionary<string, (TimeSpan Lower, TimeSpan Upper)> Brackets, TimeSpan? OfAny)
{
    public static readonly TransitionTimes None = new(new Dictionary<string, (TimeSpan, TimeSpan)>(), null);

    public (TimeSpan Lower, TimeSpan Upper)? Of(string status) =>
        Brackets.TryGetValue(status, out var bracket) ? bracket : null;

    /// <summary>How long <paramref name="status"/> is expected to last at most; null when never seen end.</summary>
    public TimeSpan? Expected(string status) => Of(status)?.Upper;
}
