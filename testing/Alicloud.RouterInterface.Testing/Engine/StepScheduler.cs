namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The engine's step ordering: creations/updates in dependency order, deletions in reverse-dependency antichains.</summary>
internal static class StepScheduler
{
    /// <summary>
    /// Runs each node once all of its dependencies succeeded, at most <paramref name="parallel"/> at a time. After a
    /// failure (unless <paramref name="continueOnError"/>) or once <paramref name="shouldStop"/> is true no new step
    /// starts; running ones finish. Returns the nodes that never ran.
    /// </summary>
    public static async Task<IReadOnlyList<T>> RunInDependencyOrderAsync<T>(
        IReadOnlyList<T> nodes,
        Func<T, IEnumerable<T>> dependenciesOf,
        int parallel,
        Func<T, Task<bool>> step,
        bool continueOnError,
        Func<bool> shouldStop)
        where T : notnull
    {
        var pending = new List<T>(nodes);
        var succeeded = new HashSet<T>();
        var blocked = new HashSet<T>();
        var started = new HashSet<T>();
        var running = new Dictionary<Task<bool>, T>();
        var failed = false;
        while (pending.Count > 0 || running.Count > 0)
        {
            var mayStart = !shouldStop() && (continueOnError || !failed);
            foreach (var node in pending.ToList())
            {
                var dependencies = dependenciesOf(node).ToList();
                if (dependencies.Any(d => blocked.Contains(d)))
                {
                    blocked.Add(node);
                    pending.Remove(node);
                }
                else if (mayStart && running.Count < parallel && dependencies.All(succeeded.Contains))
                {
                    started.Add(node);
                    running.Add(step(node), node);
                    pending.Remove(node);
                }
            }

            if (running.Count == 0)
            {
                // Nothing runs and nothing can start: the rest never runs.
                blocked.UnionWith(pending);
                pending.Clear();
                break;
            }

            var finished = await Task.WhenAny(running.Keys);
            var finishedNode = running[finished];
            running.Remove(finished);
            if (await finished)
            {
                succeeded.Add(finishedNode);
            }
            else
            {
                failed = true;
                blocked.Add(finishedNode);
            }
        }

        return [.. nodes.Where(n => !started.Contains(n))];
    }

    /// <summary>
    /// Deletes in antichains: every round takes the nodes nothing remaining depends on, runs them with at most
    /// <paramref name="parallel"/> at once, and waits for all before the next round. After a failure no queued step
    /// starts and the run stops (unless <paramref name="continueOnError"/>, in which case whatever the failed node
    /// depends on is skipped).
    /// Returns the nodes that never ran.
    /// </summary>
    public static async Task<IReadOnlyList<T>> RunInReverseDependencyOrderAsync<T>(
        IReadOnlyList<T> nodes,
        Func<T, IEnumerable<T>> dependenciesOf,
        int parallel,
        Func<T, Task<bool>> step,
        bool continueOnError,
        Func<bool> shouldStop)
        where T : notnull
    {
        var remaining = new List<T>(nodes);
        var skipped = new List<T>();
        using var workers = new SemaphoreSlim(Math.Max(1, parallel));
        while (remaining.Count > 0 && !shouldStop())
        {
            var antichain = remaining.Where(node => !remaining.Any(other => !Equals(other, node) && dependenciesOf(other).Contains(node))).ToList();
            if (antichain.Count == 0)
            {
                antichain = [.. remaining]; // a dependency cycle: nothing sensible left but to try them all
            }

            var results = await Task.WhenAll(antichain.Select(async node =>
            {
                await workers.WaitAsync();
                try
                {
                    // A queued step does not start once the run is stopping (a failure or Ctrl-C).
                    return shouldStop() ? (Node: node, Ran: false, Ok: false) : (Node: node, Ran: true, Ok: await step(node));
                }
                finally
                {
                    workers.Release();
                }
            }));
            remaining.RemoveAll(antichain.Contains);
            skipped.AddRange(results.Where(r => !r.Ran).Select(r => r.Node));
            var failures = results.Where(r => r.Ran && !r.Ok).Select(r => r.Node).ToList();
            if (failures.Count == 0)
            {
                continue;
            }

            if (!continueOnError)
            {
                break;
            }

            // What a failed node depends on still has a dependent in the stack: it must stay.
            var keep = new HashSet<T>();
            var frontier = new Stack<T>(failures);
            while (frontier.TryPop(out var node))
            {
                foreach (var dependency in dependenciesOf(node).Where(d => remaining.Contains(d) && keep.Add(d)))
                {
                    frontier.Push(dependency);
                }
            }

            skipped.AddRange(keep);
            remaining.RemoveAll(keep.Contains);
        }

        skipped.AddRange(remaining);
        return skipped;
    }
}
