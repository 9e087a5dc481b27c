using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Provider.Tests.Engine;

/// <summary>The harness's step ordering (engine §4.2 and §4.5), on plain names with controllable steps.</summary>
public sealed class StepSchedulerTests
{
    // c depends on b, b depends on a; d is independent.
    private static readonly Dictionary<string, string[]> Graph = new()
    {
        ["a"] = [],
        ["b"] = ["a"],
        ["c"] = ["b"],
        ["d"] = [],
    };

    private static readonly string[] Nodes = ["a", "b", "c", "d"];

    [Fact]
    public async Task DependencyOrder_DependentStartsOnlyAfterItsDependency()
    {
        var log = new Recorder();

        var skipped = await StepScheduler.RunInDependencyOrderAsync(Nodes, DependenciesOf, 4, log.StepAsync(_ => true), continueOnError: false, () => false);

        Assert.Empty(skipped);
        Assert.True(log.EndOf("a") < log.StartOf("b"));
        Assert.True(log.EndOf("b") < log.StartOf("c"));
    }

    [Fact]
    public async Task DependencyOrder_NeverRunsMoreThanParallel()
    {
        var log = new Recorder();
        var many = Enumerable.Range(0, 12).Select(i => $"n{i}").ToList();

        await StepScheduler.RunInDependencyOrderAsync(many, _ => [], 3, log.StepAsync(_ => true), continueOnError: false, () => false);

        Assert.InRange(log.MaxConcurrent, 1, 3);
        Assert.Equal(12, log.Started.Count);
    }

    [Fact]
    public async Task DependencyOrder_AfterAFailure_StartsNothingNew()
    {
        var log = new Recorder();
        var failed = false;

        var skipped = await StepScheduler.RunInDependencyOrderAsync(Nodes, DependenciesOf, 1, log.StepAsync(n => !(failed = n == "a") ), continueOnError: false, () => failed);

        Assert.Equal(["a"], log.Started);
        Assert.Equal(["b", "c", "d"], skipped);
    }

    [Fact]
    public async Task DependencyOrder_ContinueOnError_SkipsOnlyDependentsOfTheFailure()
    {
        var log = new Recorder();

        var skipped = await StepScheduler.RunInDependencyOrderAsync(Nodes, DependenciesOf, 1, log.StepAsync(n => n != "a"), continueOnError: true, () => false);

        Assert.Equal(["b", "c"], skipped);
        Assert.Contains("d", log.Started);
    }

    [Fact]
    public async Task ReverseOrder_DeletesDependentsFirstInAntichains()
    {
        var log = new Recorder();

        var skipped = await StepScheduler.RunInReverseDependencyOrderAsync(Nodes, DependenciesOf, 4, log.StepAsync(_ => true), continueOnError: false, () => false);

        Assert.Empty(skipped);

        // Round 1 = {c, d}; round 2 = {b}; round 3 = {a}: each round ends before the next begins.
        Assert.True(Math.Max(log.EndOf("c"), log.EndOf("d")) < log.StartOf("b"));
        Assert.True(log.EndOf("b") < log.StartOf("a"));
    }

    [Fact]
    public async Task ReverseOrder_NeverRunsMoreThanParallel()
    {
        var log = new Recorder();
        var many = Enumerable.Range(0, 10).Select(i => $"n{i}").ToList();

        await StepScheduler.RunInReverseDependencyOrderAsync(many, _ => [], 2, log.StepAsync(_ => true), continueOnError: false, () => false);

        Assert.InRange(log.MaxConcurrent, 1, 2);
        Assert.Equal(10, log.Started.Count);
    }

    [Fact]
    public async Task ReverseOrder_AfterAFailure_QueuedStepsDoNotStart()
    {
        var log = new Recorder();
        var failed = false;

        var skipped = await StepScheduler.RunInReverseDependencyOrderAsync(Nodes, DependenciesOf, 1, log.StepAsync(n => !(failed = n == "c")), continueOnError: false, () => failed);

        Assert.Equal(["c"], log.Started);
        Assert.Equal(["a", "b", "d"], skipped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReverseOrder_ContinueOnError_KeepsWhatTheFailureDependsOn()
    {
        var log = new Recorder();

        var skipped = await StepScheduler.RunInReverseDependencyOrderAsync(Nodes, DependenciesOf, 4, log.StepAsync(n => n != "c"), continueOnError: true, () => false);

        Assert.Equal(["a", "b"], skipped.Order(StringComparer.Ordinal));
        Assert.Equal(["c", "d"], log.Started.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> DependenciesOf(string node) => Graph.TryGetValue(node, out var deps) ? deps : [];

    /// <summary>Records start/end order and concurrency; each step yields so others may interleave.</summary>
    private sealed class Recorder
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _starts = [];
        private readonly Dictionary<string, int> _ends = [];
        private int _clock;
        private int _running;

        public List<string> Started { get; } = [];

        public int MaxConcurrent { get; private set; }

        public int StartOf(string node) => _starts[node];

        public int EndOf(string node) => _ends[node];

        public Func<string, Task<bool>> StepAsync(Func<string, bool> outcome) => async node =>
        {
            lock (_gate)
            {
                _starts[node] = ++_clock;
                Started.Add(node);
                MaxConcurrent = Math.Max(MaxConcurrent, ++_running);
            }

            await Task.Yield();
            await Task.Yield();
            var ok = outcome(node);
            lock (_gate)
            {
                _ends[node] = ++_clock;
                _running--;
            }

            return ok;
        };
    }
}
