using Alicloud.RouterInterface.Resources.Abstractions;
using Alicloud.Vpc.Client.Transitions;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// Joins the process's <see cref="TransitionLearner"/> to the configured account's learnt transitions store
/// (<see cref="IProviderContext.LearntTransitions"/>): seeds the learner from it before the first decision that uses
/// it, and keeps each transition's current bracket there, at most once per transition every <see cref="WriteEvery"/>.
/// Writes are awaited by the operation that learnt (no background work); what is still due at shutdown is written then.
/// The store never throws for its own failures (it warns once and keeps nothing).
/// </summary>
public sealed class LearntTransitionKeeper(IProviderContext context, TransitionLearner learner, TimeProvider time) : IAsyncDisposable, IDisposable
{
    /// <summary>Fleets learn the same transition many times a second; the file needs it far less often.</summary>
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(5);

    /// <summary>How long shutdown waits for the last writes (the store's own lock wait bounds each one too).</summary>
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<string> _due = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _written = new(StringComparer.OrdinalIgnoreCase);
    private volatile ILearntTransitionStore? _seededFrom;

    /// <summary>
    /// Seeds the learner from the configured store the first time it is seen, then writes what the learner recorded
    /// since (each transition at most once per <see cref="WriteEvery"/>; a write already under way is not waited for).
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (Store() is not { } store)
        {
            return;
        }

        if (!ReferenceEquals(_seededFrom, store))
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!_gate.Wait(0))
        {
            return;
        }

        try
        {
            if (!ReferenceEquals(_seededFrom, store))
            {
                await SeedAsync(store, cancellationToken).ConfigureAwait(false);
            }

            await WriteDueAsync(store, all: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes what is still due, whatever <see cref="WriteEvery"/> says, within <see cref="ShutdownWait"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        using var bound = new CancellationTokenSource(ShutdownWait, time);
        try
        {
            if (Store() is { } store && ReferenceEquals(_seededFrom, store))
            {
                await _gate.WaitAsync(bound.Token).ConfigureAwait(false);
                try
                {
                    await WriteDueAsync(store, all: true, bound.Token).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutdown goes on: a later process learns the rest afresh
        }
    }

    /// <summary>A container disposed synchronously (tests) cannot await the last writes: they are left to later processes to learn.</summary>
    public void Dispose()
    {
    }

    private ILearntTransitionStore? Store() => context.IsConfigured ? context.LearntTransitions : null;

    private async Task SeedAsync(ILearntTransitionStore store, CancellationToken cancellationToken)
    {
        foreach (var (status, learnt) in await store.LoadAsync(cancellationToken).ConfigureAwait(false))
        {
            learner.Seed(status, learnt.Lower, learnt.Upper);
        }

        _written.Clear();
        _seededFrom = store;
    }

    private async Task WriteDueAsync(ILearntTransitionStore store, bool all, CancellationToken cancellationToken)
    {
        _due.UnionWith(learner.TakeChanged());
        var now = time.GetUtcNow();
        foreach (var status in _due.Where(s => all || !_written.TryGetValue(s, out var at) || now - at >= WriteEvery).ToList())
        {
            _due.Remove(status);
            _written[status] = now;
            if (learner.Bracket(status) is { } bracket)
            {
                await store.RecordAsync(status, new LearntTransition(bracket.Lower, bracket.Upper), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
