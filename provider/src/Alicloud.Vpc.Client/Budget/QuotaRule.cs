namespace Alicloud.Vpc.Client.Budget;

/// <summary>At most <see cref="Limit"/> calls in any window of <see cref="Window"/>: how the cloud states a quota ("300 per 60 s").</summary>
public sealed record QuotaRule(int Limit, TimeSpan Window)
{
    /// <summary>Calls per second on average.</summary>
    public double Rate => Limit / Window.TotalSeconds;

    public void Validate(string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1, name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero, name);
    }

    public override string ToString() => $"{Limit}/{Window.TotalSeconds:0.###}s";
}
