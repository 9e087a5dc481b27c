namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The throttling answers among the answers of one quota key in a recent window (this process's own answers). It
/// tells throttling caused by our send rate (a large share: we send faster than a quota we cannot see) from sporadic
/// refusals that slowing down would not prevent (a small share, retried instead).
/// </summary>
internal sealed class ThrottledShare(TimeSpan window)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long AtMs, bool Throttled)> _answers = new();
    private int _throttled;

    /// <summary>Records one answer at <paramref name="nowMs"/>; returns the throttling answers and all answers in the window, this one included.</summary>
    public (int Throttled, int Answers) Record(long nowMs, bool throttled)
    {
        var since = nowMs - (long)window.TotalMilliseconds;
        lock (_gate)
        {
            while (_answers.TryPeek(out var oldest) && oldest.AtMs <= since)
            {
                _answers.Dequeue();
                _throttled -= oldest.Throttled ? 1 : 0;
            }

            _answers.Enqueue((nowMs, throttled));
            _throttled += throttled ? 1 : 0;
            return (_throttled, _answers.Count);
        }
    }
}
