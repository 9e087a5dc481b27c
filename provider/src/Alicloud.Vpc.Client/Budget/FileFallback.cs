namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The file-backed half of a store in the budget folder: opened at its first use, and given up for good at its first
/// failure (<see cref="BudgetFileException"/> or any other I/O failure), which is said once through
/// <see cref="IBudgetWarnings"/> naming the path and the reason, never a key. The store then does without it.
/// </summary>
internal sealed class FileFallback<T>(string directory, Func<T> open, IBudgetWarnings warnings, Func<string, string> warning)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _file;
    private bool _failed;

    /// <summary>The file once it is in use; null before the first use and after giving up.</summary>
    public T? Current
    {
        get
        {
            lock (_gate)
            {
                return _failed ? null : _file;
            }
        }
    }

    /// <summary>The file, opened now if this is its first use; null once given up (also when opening it failed now).</summary>
    public async ValueTask<T?> GetAsync(CancellationToken cancellationToken)
    {
        Exception failure;
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

        await GiveUpAsync(directory, failure, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Gives the file up after <paramref name="failure"/> at <paramref name="path"/>; only the first failure warns.</summary>
    public ValueTask GiveUpAsync(string path, Exception failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_gate)
        {
            if (_failed)
            {
                return ValueTask.CompletedTask;
            }

            _failed = true;
        }

        var reason = failure is BudgetFileException budget ? $"{budget.Path}: {budget.Reason}" : $"{path}: {failure.GetType().Name}";
        return warnings.WarnAsync(warning(reason), cancellationToken);
    }
}
