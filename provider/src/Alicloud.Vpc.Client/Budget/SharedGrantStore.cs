namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The budget shared through a file when that file can be trusted and used, else this process's own: the first
/// problem with the folder or the file (<see cref="BudgetFileException"/> or any other I/O failure) is said once
/// through <see cref="IBudgetWarnings"/>, naming the path and the reason, and from then on the process counts in
/// memory. A budget problem never fails a call.
/// </summary>
internal sealed class SharedGrantStore(string directory, Func<FileGrantStore> open, InProcessGrantStore fallback, IBudgetWarnings warnings) : IGrantStore
{
    private readonly Lock _gate = new();
    private FileGrantStore? _file;
    private bool _failed;

    /// <summary>The shared file once it is in use; null before the first call and after a fallback.</summary>
    public string? Path => _failed ? null : _file?.Path;

    public async ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken)
    {
        if (await FileAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                return await file.TryTakeAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await FallBackAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        return await fallback.TryTakeAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken)
    {
        if (await FileAsync(cancellationToken).ConfigureAwait(false) is { } file)
        {
            try
            {
                return await file.CountRecentAsync(key, spanMs, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await FallBackAsync(file.Path, ex, cancellationToken).ConfigureAwait(false);
            }
        }

        return await fallback.CountRecentAsync(key, spanMs, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<FileGrantStore?> FileAsync(CancellationToken cancellationToken)
    {
        Exception? failure = null;
        lock (_gate)
        {
            if (_failed || _file is not null)
            {
                return _failed ? null : _file;
            }

            try
            {
                return _file = open();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failure = ex;
            }
        }

        await FallBackAsync(directory, failure, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private ValueTask FallBackAsync(string path, Exception failure, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_failed)
            {
                return ValueTask.CompletedTask;
            }

            _failed = true;
        }

        var reason = failure is BudgetFileException budget
            ? $"{budget.Path}: {budget.Reason}"
            : $"{path}: {failure.GetType().Name}";
        return warnings.WarnAsync($"The shared call budget cannot be used ({reason}); this plugin process keeps a call budget of its own", cancellationToken);
    }
}
