namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>Bounded polling of a condition with the injected clock.</summary>
internal static class CloudWait
{
    public static async Task UntilAsync(
        string what,
        Func<CancellationToken, Task<bool>> condition,
        DemoOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(options.CloudWaitTimeout);
        try
        {
            while (!await condition(bound.Token))
            {
                await Task.Delay(options.CloudPollInterval, time, bound.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"gave up waiting for {what} after {options.CloudWaitTimeout.TotalSeconds:0} s");
        }
    }
}
