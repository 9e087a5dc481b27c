namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// Whether throttling answers say that our send rate is too high, and which rate the quota accepted. The AWS SDKs'
/// adaptive retry mode (botocore <c>retries/adaptive.py</c>) lowers on every throttling answer from the measured send
/// rate; the client-side throttling of Google's SRE book ("Handling Overload") aims at what the server accepts rather
/// than what the client sends. Here: lowered only on a large enough share, to the accepted rate.
/// </summary>
internal static class RateSignal
{
    /// <summary>
    /// Throttling answers lower the rate only while they are a large enough share of the key's recent answers
    /// (<see cref="VpcQuotaOptions.RateSignalShare"/>, at least <see cref="VpcQuotaOptions.RateSignalMinimum"/>), also
    /// for a key lowered already: reacting to each one as the AWS SDKs do would, under sporadic refusals (10 % of
    /// calls, whatever the rate), lower the rate about twice a second and hold a fleet at a quarter of its budget.
    /// </summary>
    public static bool Lowers(int throttledAnswers, int answers, VpcQuotaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return throttledAnswers >= options.RateSignalMinimum && throttledAnswers >= options.RateSignalShare * answers;
    }

    /// <summary>
    /// The rate the quota let through: the measured send rate times the share of answers that were not throttled.
    /// Two machines sending 20/s each into a 20/s account see half of their calls refused: each aims at 10/s at once
    /// instead of at 20/s, from which CUBIC would need several decreases to get there.
    /// </summary>
    public static double AcceptedRate(double measuredRate, int throttledAnswers, int answers) =>
        answers <= 0 ? measuredRate : measuredRate * Math.Max(0, answers - throttledAnswers) / answers;
}
