using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

/// <summary>
/// Runs async code deterministically on the test thread: continuations are queued on a private
/// SynchronizationContext and pumped until none is left; only then does fake time move. No real waiting anywhere.
/// </summary>
internal sealed class Simulation(FakeTimeProvider time)
{
    private readonly PumpContext _context = new();

    public FakeTimeProvider Time => time;

    /// <summary>Starts an operation inside the simulation and runs it as far as it goes without time moving.</summary>
    public Task<T> Start<T>(Func<Task<T>> operation) => Inside(() =>
    {
        var task = operation();
        _context.RunAll();
        return task;
    });

    public Task Start(Func<Task> operation) => Start(async () =>
    {
        await operation();
        return true;
    });

    /// <summary>Runs what is runnable, moves time by <paramref name="step"/>, runs again; <paramref name="times"/> times.</summary>
    public void Advance(TimeSpan step, int times = 1) => Inside(() =>
    {
        for (var i = 0; i < times; i++)
        {
            _context.RunAll();
            time.Advance(step);
            _context.RunAll();
        }

        return true;
    });

    /// <summary>Runs what is runnable without moving time (e.g. after a cancel).</summary>
    public void RunPending() => Inside(() =>
    {
        _context.RunAll();
        return true;
    });

    public Task<T> RunUntilDone<T>(Task<T> task, TimeSpan? step = null, int maxSteps = 50_000)
    {
        DriveUntilDone(task, step, maxSteps);
        return task;
    }

    public Task RunUntilDone(Task task, TimeSpan? step = null, int maxSteps = 50_000)
    {
        DriveUntilDone(task, step, maxSteps);
        return task;
    }

    /// <summary>Advances time step by step until <paramref name="task"/> completes (bounded).</summary>
    public void DriveUntilDone(Task task, TimeSpan? step = null, int maxSteps = 50_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            Advance(step ?? TimeSpan.FromMilliseconds(100));
        }

        RunPending();
        Assert.True(task.IsCompleted, $"the operation did not complete within {maxSteps} fake-time steps");
    }

    private T Inside<T>(Func<T> body)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context);
        try
        {
            return body();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class PumpContext : SynchronizationContext
    {
        private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state) => _queue.Enqueue((d, state));

        public override void Send(SendOrPostCallback d, object? state) => d(state);

        public override SynchronizationContext CreateCopy() => this;

        public void RunAll()
        {
            // bounded: a runaway loop of continuations fails the test instead of hanging it
            for (var i = 0; i < 1_000_000 && _queue.TryDequeue(out var item); i++)
            {
                item.Callback(item.State);
            }
        }
    }
}
