namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>The most recent calls (bounded), with signature material and secrets stripped from the parameters.</summary>
internal sealed class RequestLog
{
    public const int Capacity = 20_000;

    private static readonly HashSet<string> s_hidden = new(StringComparer.Ordinal)
    {
        "Signature", "SecurityToken", "AccessKeySecret",
    };

    private readonly Lock _lock = new();
    private readonly Queue<RequestLogEntry> _entries = new();

    public void Add(DateTimeOffset time, string requestId, string action, string? accessKeyId, IReadOnlyDictionary<string, string> parameters, string? code, int httpStatus)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var visible = parameters.Where(p => !s_hidden.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        lock (_lock)
        {
            _entries.Enqueue(new RequestLogEntry(time, requestId, action, accessKeyId, visible, code, httpStatus));
            while (_entries.Count > Capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot(string? action)
    {
        lock (_lock)
        {
            return _entries.Where(e => action is null || e.Action == action).ToArray();
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }
}
