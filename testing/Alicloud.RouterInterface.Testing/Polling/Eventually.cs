namespace Alicloud.RouterInterface.Testing.Polling;

/// <summary>
/// The one bounded polling of a state outside the test's control (an emulator, a plugin process, a file): look, and
/// look again after a pause, until it holds or the bound passes. Never a fixed sleep; a hang fails with what was
/// awaited and what was seen last.
/// </summary>
public static class Eventually
{
    /// <summary>Probes until <paramref name="done"/> holds for the answer; returns that answer.</summary>
    public static async Task<T> UntilAsync<T>(
        Func<CancellationToken, Task<T>> probe, Func<T, bool> done, string what, CancellationToken cancellationToken, PollingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        options ??= PollingOptions.Default;
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(options.Bound);
        var seen = false;
        T last = default!;
        try
        {
            while (true)
            {
                last = await probe(bound.Token).ConfigureAwait(false);
                seen = true;
                if (done(last))
                {
                    return last;
                }

                await Task.Delay(options.Interval, options.Time, bound.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var observed = seen && last is not null && last is not bool ? $"; last seen: {last}" : "";
            throw new TimeoutException($"Not reached within {options.Bound.TotalSeconds:0.#} s: {what}{observed}.");
        }
    }

    /// <summary>Probes until it answers a value (not null); returns it.</summary>
    public static async Task<T> GetAsync<T>(Func<CancellationToken, Task<T?>> probe, string what, CancellationToken cancellationToken, PollingOptions? options = null)
        where T : class =>
        (await UntilAsync(probe, value => value is not null, what, cancellationToken, options).ConfigureAwait(false))!;

    /// <summary>Probes until the condition holds.</summary>
    public static Task HoldsAsync(Func<CancellationToken, Task<bool>> condition, string what, CancellationToken cancellationToken, PollingOptions? options = null) =>
        UntilAsync(condition, holds => holds, what, cancellationToken, options);
}
