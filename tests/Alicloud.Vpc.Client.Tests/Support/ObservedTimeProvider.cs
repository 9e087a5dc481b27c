using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Support;

/// <summary>A FakeTimeProvider that reports every timer the code under test creates, so a test advances time exactly when a delay is pending.</summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> _dueTimes = [];

    public ObservedTimeProvider()
        : base(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_dueTimes)
            {
                return [.. _dueTimes];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Report(dueTime);
        return timer;
    }

    /// <summary>Records an armed timer (created, or re-armed through Change as CancelAfter does); disarmed ones are ignored.</summary>
    private void Report(TimeSpan dueTime)
    {
        if (dueTime <= TimeSpan.Zero || dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_dueTimes)
        {
            _dueTimes.Add(dueTime);
        }

        _created.Writer.TryWrite(dueTime);
    }

    /// <summary>
    /// Awaits <paramref name="operation"/>, advancing the clock by each new timer's due time for which
    /// <paramref name="advanceFor"/> holds. Bounded by a real-clock timeout so a bug fails instead of hanging.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> operation, Func<TimeSpan, bool> advanceFor)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!operation.IsCompleted)
        {
            var next = _created.Reader.ReadAsync(bound.Token).AsTask();
            var finished = await Task.WhenAny(operation, next).WaitAsync(bound.Token);
            if (finished == operation)
            {
                break;
            }

            var due = await next;
            if (advanceFor(due))
            {
                Advance(due);
            }
        }

        return await operation;
    }

    public async Task RunAsync(Task operation, Func<TimeSpan, bool> advanceFor) =>
        await RunAsync(operation.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), advanceFor);

    private sealed class ObservedTimer(ITimer inner, ObservedTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.Report(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
