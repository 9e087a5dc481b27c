namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>Bounded polling of an external state (the emulator) instead of fixed sleeps.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a non-null value; fails with <paramref name="what"/> after the bound.</summary>
    public static async Task<T> GetAsync<T>(Func<CancellationToken, Task<T?>> probe, string what, CancellationToken cancellationToken, TimeSpan? interval = null)
        where T : class
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bounds.ExternalState);
        try
        {
            while (true)
            {
                if (await probe(bound.Token) is { } value)
                {
                    return value;
                }

                await Task.Delay(interval ?? Bounds.PollInterval, bound.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Not reached within {Bounds.ExternalState.TotalSeconds:0} s: {what}.");
        }
    }

    public static Task HoldsAsync(Func<CancellationToken, Task<bool>> condition, string what, CancellationToken cancellationToken, TimeSpan? interval = null) =>
        GetAsync<object>(async ct => await condition(ct) ? new object() : null, what, cancellationToken, interval);
}
