using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>One answered attempt of a VPC API call, as the client logged it: the evidence of an observation.</summary>
internal sealed record RecordedCall(int Sequence, double AtSeconds, string Action, int Attempt, int HttpStatus, string? Code, string? RequestId, long ElapsedMs);

/// <summary>
/// Records every answered attempt of the provider's VPC client (its <c>VpcRequestAnswered</c> log event, 3002) with
/// action, HTTP status, code, RequestId and latency, so observations cite the calls they rest on. Never records
/// parameters or credentials (the event carries none).
/// </summary>
internal sealed class CallRecorder(TimeProvider time) : ILoggerProvider
{
    private const int AnsweredEventId = 3002;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly DateTimeOffset _start = time.GetUtcNow();
    private int _sequence;

    public int Count => Volatile.Read(ref _sequence);

    /// <summary>The calls recorded after <paramref name="mark"/> (a <see cref="Count"/> taken earlier), optionally of one action.</summary>
    public IReadOnlyList<RecordedCall> Since(int mark, string? action = null) =>
        [.. _calls.Where(c => c.Sequence > mark && (action is null || c.Action == action)).OrderBy(c => c.Sequence)];

    public double SecondsSinceStart() => (time.GetUtcNow() - _start).TotalSeconds;

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private void Record(IReadOnlyList<KeyValuePair<string, object?>> state)
    {
        string? Text(string name) => state.FirstOrDefault(kv => kv.Key == name).Value?.ToString();
        long Number(string name) => long.TryParse(Text(name), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var code = Text("Code");
        _calls.Enqueue(new RecordedCall(
            Interlocked.Increment(ref _sequence),
            Math.Round(SecondsSinceStart(), 3),
            Text("Action") ?? "?",
            (int)Number("Attempt"),
            (int)Number("HttpStatus"),
            string.IsNullOrEmpty(code) || code == "OK" ? null : code,
            Text("RequestId"),
            Number("ElapsedMs")));
    }

    private sealed class Recorder(CallRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == AnsweredEventId && state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                owner.Record(values);
            }
        }
    }
}
