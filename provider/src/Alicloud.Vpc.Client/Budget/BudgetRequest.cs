namespace Alicloud.Vpc.Client.Budget;

/// <summary>At most <paramref name="Limit"/> grants of key number <paramref name="KeyIndex"/> in any window of <paramref name="WindowMs"/>.</summary>
internal readonly record struct QuotaWindow(int KeyIndex, int Limit, long WindowMs);

/// <summary>
/// One grant to take in every key at once (e.g. the account-wide key and <c>Action@region</c>), allowed when every
/// window has room. <see cref="MeasureMs"/> is the span whose grants are counted for the send rate.
/// </summary>
internal sealed record BudgetRequest(string[] Keys, QuotaWindow[] Windows, long MeasureMs);

/// <summary>Granted (with each key's grants in the measure span, this one included), or how long until it may be.</summary>
internal readonly record struct GrantDecision(bool Granted, TimeSpan Wait, int[] Recent)
{
    public static GrantDecision Later(TimeSpan wait) => new(false, wait, []);
}
