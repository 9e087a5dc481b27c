namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// Whether a throttling answer says that our send rate is too high, and which rate the quota accepted. Two sources,
/// combined: the AWS SDKs' adaptive retry mode (botocore <c>retries/adaptive.py</c>: once enabled, every throttling
/// answer lowers the rate, from the measured send rate) and the client-side throttling of Google's SRE book
/// ("Handling Overload": what the server accepts, not what the client sends, is the rate to aim for).
/// </summary>
internal static class RateSignal
{
    /// <summary>
    /// A key that is not adapting lowers its rate only once throttling answers are a large enough share of its recent
    /// answers (sporadic refusals are retried, not obeyed: <see cref="VpcQuotaOptions.RateSignalShare"/>). A key
    /// already adapting has shown that its rate is the cause, so every throttling answer lowers it again, as in the
    /// AWS SDKs: without that, plugins on several machines grow back to the account's limit each and meet a burst of
    /// throttling answers before the share is reached again.
    /// </summary>
    public static bool Lowers(bool adapting, int throttledAnswers, int answers, VpcQuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return adapting || (throttledAnswers >= options.RateSignalMinimum && throttledAnswers >= options.RateSignalShare * answers);
    }

    /// <summary>
    /// The rate the quota let through: the measured send rate times the share of answers that were not throttled.
    /// Two machines sending 20/s each into a 20/s account see half of their calls refused: each aims at 10/s at once
    /// instead of at 20/s, from which CUBIC would need several decreases to get there.
    /// </summary>
    public static double AcceptedRate(double measuredRate, int throttledAnswers, int answers) =>
        answers <= 0 ? measuredRate : measuredRate * Math.Max(0, answers - throttledAnswers) / answers;
}
