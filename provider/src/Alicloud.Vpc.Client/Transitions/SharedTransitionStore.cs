using Alicloud.Vpc.Client.Budget;

namespace Alicloud.Vpc.Client.Transitions;

/// <summary>
/// The learnt transitions file when it can be trusted and used, else nothing: the first problem with the folder or the
/// file is said once (<see cref="FileFallback{T}"/>), and from then on loads are empty and records are dropped; the
/// process still learns by itself, as it did before this store existed.
/// </summary>
internal sealed class SharedTransitionStore(string directory, Func<FileTransitionStore> open, IBudgetWarnings warnings) : ILearntTransitionStore
{
    private static readonly IReadOnlyDictionary<string, LearntTransition> s_none = new Dictionary<string, LearntTransition>();
    private readonly FileFallback<FileTransitionStore> _file = new(
        directory, open, warnings, reason => $"The learnt transition times cannot be kept ({reason}); this plugin process learns them afresh");

    public async ValueTask<IReadOnlyDictionary<string, LearntTransition>> LoadAsync(CancellationToken cancellationToken)
    {
        if (await _file.GetAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                return await file.LoadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await _file.GiveUpAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        return s_none;
    }

    public async ValueTask RecordAsync(string transition, LearntTransition learnt, CancellationToken cancellationToken)
    {
        if (await _file.GetAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                await file.RecordAsync(transition, learnt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await _file.GiveUpAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
