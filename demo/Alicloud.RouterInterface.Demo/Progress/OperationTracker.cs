using Alicloud.RouterInterface.Testing.Engine;
using Pulumirpc;

namespace Alicloud.RouterInterface.Demo.Progress;

/// <summary>
/// Follows one CLI command over the provider instances that run it: which step runs, the ephemeral status lines and
/// diagnostics the plugin sends through Engine.Log, and how each step ended. While a step runs its end is observed in
/// the stack state (and an error diagnostic); when an engine operation returns, its outcomes are authoritative.
/// Thread-safe: the operation calls Begin/Skip/Complete while the display calls Poll and reads snapshots.
/// </summary>
internal sealed class OperationTracker
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<ResourceRow> _rows;
    private readonly Dictionary<string, ResourceRow> _byUrn;
    private readonly Dictionary<PulumiEngine, int> _logCursors = [];
    private readonly List<ProgressEvent> _events = [];
    private readonly Queue<string> _recentStatus = new();
    private readonly int _recentStatusLimit;
    private readonly List<Diagnostic> _stackDiagnostics = [];
    private readonly long _started;
    private TimeSpan? _duration;

    public OperationTracker(OperationVerb verb, IReadOnlyList<StackMember> members, TimeProvider time, int recentStatusLimit)
    {
        Verb = verb;
        _time = time;
        _rows = [.. members.Select(m => new ResourceRow(m))];
        _byUrn = _rows.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        _recentStatusLimit = recentStatusLimit;
        foreach (var engine in _rows.Select(r => r.Engine).Distinct())
        {
            _logCursors[engine] = engine.EngineServer.LogCount;
        }

        _started = time.GetTimestamp();
    }

    public OperationVerb Verb { get; }

    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
            {
                return _duration ?? _time.GetElapsedTime(_started);
            }
        }
    }

    public bool IsFinished
    {
        get
        {
            lock (_gate)
            {
                return _duration is not null;
            }
        }
    }

    public IReadOnlyList<RowView> Rows
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows.Select(ViewOf)];
            }
        }
    }

    /// <summary>The longest wait from a step's start to the first word about it (plugin start, Configure, first call).</summary>
    public TimeSpan ProviderStartup
    {
        get
        {
            lock (_gate)
            {
                return _rows.Select(r => r.FirstSign ?? TimeSpan.Zero).DefaultIfEmpty().Max();
            }
        }
    }

    public IReadOnlyList<string> RecentStatus
    {
        get
        {
            lock (_gate)
            {
                return [.. _recentStatus];
            }
        }
    }

    /// <summary>Diagnostics per resource (only those with any), in stack order; operation-level ones under the stack.</summary>
    public IReadOnlyList<(string Type, string Name, IReadOnlyList<Diagnostic> Diagnostics)> DiagnosticsByResource(string stackType, string stackName)
    {
        lock (_gate)
        {
            var groups = new List<(string, string, IReadOnlyList<Diagnostic>)>();
            if (_stackDiagnostics.Count > 0)
            {
                groups.Add((stackType, stackName, [.. _stackDiagnostics]));
            }

            groups.AddRange(_rows.Where(r => r.Diagnostics.Count > 0).Select(r => (r.Type, r.Name, (IReadOnlyList<Diagnostic>)[.. r.Diagnostics])));
            return groups;
        }
    }

    /// <summary>The steps of these resources start now.</summary>
    public void Begin(IEnumerable<string> names)
    {
        var started = names.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var row in _rows.Where(r => started.Contains(r.Name)))
            {
                row.State = RowState.Running;
                row.StartedAt = _time.GetTimestamp();
                _events.Add(new ProgressEvent(ProgressEventKind.Started, ViewOf(row)));
            }
        }
    }

    /// <summary>These resources get no step (the engine skipped them).</summary>
    public void Skip(IEnumerable<string> names, string reason)
    {
        var skipped = names.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var row in _rows.Where(r => r.State == RowState.Pending && skipped.Contains(r.Name)))
            {
                Finish(row, RowState.Skipped, duration: TimeSpan.Zero, note: reason);
            }
        }
    }

    /// <summary>An engine operation returned: its outcomes replace what was observed.</summary>
    public void Complete(OperationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Poll();
        lock (_gate)
        {
            foreach (var outcome in result.Resources)
            {
                if (!_byUrn.TryGetValue(outcome.Urn, out var row))
                {
                    continue;
                }

                if (outcome.Status == OutcomeStatus.Failed && outcome.Error is { } error
                    && !row.Diagnostics.Any(d => d.Severity == LogSeverity.Error && error.Contains(d.Message, StringComparison.Ordinal)))
                {
                    row.Diagnostics.Add(new Diagnostic(LogSeverity.Error, $"{Verb.Running} {outcome.Urn}: {error}"));
                }

                var state = outcome.Status switch
                {
                    OutcomeStatus.Succeeded or OutcomeStatus.Retained => RowState.Succeeded,
                    OutcomeStatus.Failed => RowState.Failed,
                    _ => RowState.Skipped,
                };
                Finish(row, state, outcome.Duration, outcome.Status == OutcomeStatus.Skipped ? outcome.Error : null, force: true);
            }

            _stackDiagnostics.AddRange(result.Errors.Select(e => new Diagnostic(LogSeverity.Error, e)));
            if (result.Cancelled)
            {
                _stackDiagnostics.Add(new Diagnostic(LogSeverity.Error, "the operation was interrupted (Ctrl-C)"));
            }
        }
    }

    /// <summary>The whole command is over.</summary>
    public void End()
    {
        Poll();
        lock (_gate)
        {
            _duration ??= _time.GetElapsedTime(_started);
        }
    }

    /// <summary>Reads new Engine.Log calls and the stack states; records what changed.</summary>
    public void Poll()
    {
        lock (_gate)
        {
            foreach (var engine in _logCursors.Keys.ToList())
            {
                var logs = engine.EngineServer.LogsSince(_logCursors[engine]);
                _logCursors[engine] += logs.Count;
                foreach (var log in logs)
                {
                    Accept(log);
                }
            }

            foreach (var row in _rows.Where(r => r.State == RowState.Running))
            {
                if (Verb.IsDone(row.Engine.State.FindByUrn(row.Urn)))
                {
                    Finish(row, RowState.Succeeded, _time.GetElapsedTime(row.StartedAt), note: null);
                }
            }
        }
    }

    /// <summary>Events since the last call, oldest first.</summary>
    public IReadOnlyList<ProgressEvent> TakeEvents()
    {
        lock (_gate)
        {
            var events = _events.ToList();
            _events.Clear();
            return events;
        }
    }

    private void Accept(LogRequest log)
    {
        _byUrn.TryGetValue(log.Urn, out var row);
        if (row is { State: RowState.Running, FirstSign: null })
        {
            row.FirstSign = _time.GetElapsedTime(row.StartedAt);
        }
        if (log.Ephemeral)
        {
            if (row is null || row.State != RowState.Running)
            {
                return;
            }

            row.Status = log.Message;
            _recentStatus.Enqueue($"{row.Name}: {log.Message}");
            while (_recentStatus.Count > _recentStatusLimit)
            {
                _recentStatus.Dequeue();
            }

            _events.Add(new ProgressEvent(ProgressEventKind.Status, ViewOf(row), log.Message));
            return;
        }

        var diagnostic = new Diagnostic(log.Severity, log.Message);
        if (row is null)
        {
            _stackDiagnostics.Add(diagnostic);
            return;
        }

        row.Diagnostics.Add(diagnostic);
        if (log.Severity == LogSeverity.Error && row.State == RowState.Running)
        {
            // The provider reports a failing step's reason just before the step returns.
            Finish(row, RowState.Failed, _time.GetElapsedTime(row.StartedAt), note: null);
        }
    }

    private void Finish(ResourceRow row, RowState state, TimeSpan duration, string? note, bool force = false)
    {
        var changed = row.State != state;
        if (!changed && !force)
        {
            return;
        }

        row.State = state;
        row.Duration = duration;
        row.Status = null;
        row.Note = note ?? row.Note;
        if (changed)
        {
            _events.Add(new ProgressEvent(ProgressEventKind.Finished, ViewOf(row)));
        }
    }

    private RowView ViewOf(ResourceRow row) =>
        row.View(row.State == RowState.Running ? _time.GetElapsedTime(row.StartedAt) : TimeSpan.Zero);
}
