using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Conformance;

/// <summary>What every question shares: the two accounts' clients, the region and prefix, the evidence and the clock.</summary>
internal sealed class ProbeSession(ConformanceOptions options, IVpcClient own, IVpcClient? opposite, CallRecorder calls, ProgressLog progress, TimeProvider time)
{
    /// <summary>How long a wait for a steady status may take before the question is reported unsettled.</summary>
    public static readonly TimeSpan SteadyTimeout = TimeSpan.FromMinutes(5);

    public ConformanceOptions Options => options;

    public string Region => options.Region;

    public string Prefix => options.NamePrefix;

    public IVpcClient Own => own;

    public IVpcClient? Opposite => opposite;

    public CallRecorder Calls => calls;

    public ProgressLog Progress => progress;

    public TimeProvider Time => time;

    public long Now() => time.GetTimestamp();

    public double SecondsSince(long start) => time.GetElapsedTime(start).TotalSeconds;

    /// <summary>The listing row of one interface by ID (Deleted rows included), or null when it is not listed.</summary>
    public async Task<RouterInterfaceInfo?> ListedAsync(IVpcClient client, string id, CancellationToken cancellationToken)
    {
        var rows = await client.ListRouterInterfacesAsync(Region, new Dictionary<string, IReadOnlyList<string>> { ["RouterInterfaceId"] = [id] }, cancellationToken);
        return rows.FirstOrDefault(r => r.RouterInterfaceId == id);
    }

    /// <summary>Polls <paramref name="condition"/> every poll interval until it holds (true) or <paramref name="timeout"/> passes (false).</summary>
    public async Task<bool> WaitUntilAsync(string what, Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        progress.Say("waiting for " + what);
        var start = Now();
        while (true)
        {
            if (await condition(cancellationToken))
            {
                return true;
            }

            if (time.GetElapsedTime(start) >= timeout)
            {
                progress.Say($"gave up waiting for {what} after {timeout.TotalSeconds:0} s");
                return false;
            }

            await Task.Delay(options.PollInterval, time, cancellationToken);
        }
    }

    public Task<bool> WaitForStatusAsync(IVpcClient client, string id, string status, CancellationToken cancellationToken) =>
        WaitUntilAsync($"{id} {status}", async ct => (await ListedAsync(client, id, ct))?.Status == status, SteadyTimeout, cancellationToken);

    public string NewToken() => Guid.NewGuid().ToString("N");
}
