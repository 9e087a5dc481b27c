namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// How long the shared poller's serves took lately: a moving average over about eight, which serves of many scopes
/// update at once, so each update is one compare-and-swap of the whole value (none is lost to another).
/// </summary>
internal sealed class ReadDuration
{
    private long _ticks;

    public TimeSpan Average => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Add(TimeSpan took)
    {
        var current = Interlocked.Read(ref _ticks);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref _ticks, current + ((took.Ticks - current) / 8), current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
