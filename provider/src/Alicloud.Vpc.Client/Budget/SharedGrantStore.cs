namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The budget shared through a file when that file can be trusted and used, else this process's own: the first
/// problem with the folder or the file (<see cref="BudgetFileException"/> or any other I/O failure) is said once
/// through <see cref="IBudgetWarnings"/>, naming the path and the reason, and from then on the process counts in
/// memory (<see cref="FileFallback{T}"/>). A budget problem never fails a call.
/// </summary>
internal sealed class SharedGrantStore(string directory, Func<FileGrantStore> open, InProcessGrantStore fallback, IBudgetWarnings warnings) : IGrantStore
{
    private readonly FileFallback<FileGrantStore> _file = new(
        directory, open, warnings, reason => $"The shared call budget cannot be used ({reason}); this plugin process keeps a call budget of its own");

    /// <summary>The shared file once it is in use; null before the first call and after a fallback.</summary>
    public string? Path => _file.Current?.Path;

    public async ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken)
    {
        if (await _file.GetAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                return await file.TryTakeAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await _file.GiveUpAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        return await fallback.TryTakeAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken)
    {
        if (await _file.GetAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                return await file.CountRecentAsync(key, spanMs, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await _file.GiveUpAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        return await fallback.CountRecentAsync(key, spanMs, cancellationToken).ConfigureAwait(false);
    }
}
