namespace Alicloud.Vpc.Client.Transitions;

/// <summary>What a process learnt of one transition's duration: more than <see cref="Lower"/>, at most <see cref="Upper"/>.</summary>
public readonly record struct LearntTransition(TimeSpan Lower, TimeSpan Upper);

/// <summary>
/// Learnt transition times (Deactivating, Deleting, …) kept per user, AccessKey and endpoint beside the shared call
/// budget, so that a fresh plugin process starts from what earlier ones saw instead of looking often while it learns.
/// Keyed by endpoint so that an emulator's timings never teach a destroy against the cloud. A store that cannot be
/// used warns once and keeps nothing; it never fails a delete.
/// </summary>
public interface ILearntTransitionStore
{
    /// <summary>The transitions learnt by earlier processes (and this one), by transition name; empty when none.</summary>
    ValueTask<IReadOnlyDictionary<string, LearntTransition>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>What this process now knows of <paramref name="transition"/>; replaces what was kept for it.</summary>
    ValueTask RecordAsync(string transition, LearntTransition learnt, CancellationToken cancellationToken);
}
