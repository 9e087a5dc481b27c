namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>
/// The numbers of waiting, polling and deadlines that create, read, update, connect and delete share. Not user
/// settings: nothing in the provider binds them (no provider config key, no environment variable), so the defaults
/// are the product's. They stay options only as the seam the tests use (<c>Configure&lt;LifecycleOptions&gt;</c>:
/// no jitter for exact delays, a short delete deadline, fewer IDs per describe, the read slack); the delete's own
/// numbers are constants where they are used (<see cref="DelaySchedule"/>, <c>DeletePlanner</c>). The defaults favour
/// a prompt reaction to state changes (short first delays) and a bounded API call rate (one Describe per region and tick).
/// </summary>
public sealed record LifecycleOptions
{
    /// <summary>Delay before the first re-poll after a change was requested.</summary>
    public TimeSpan FirstPollDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Each further poll of the same wait waits this factor longer…</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>…up to this cap.</summary>
    public TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Random spread of each delay, as a fraction (0.2 = ±20 %), so parallel waits do not move in lock step.</summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>Least time between two Describe calls of the shared poller for one region (bounds its call rate).</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>When a region's poll loop starts, it waits this long for other waiters to join its first Describe (parallel operations start together).</summary>
    public TimeSpan PollBatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How late a shared read (status look, route lookup) may be served so that it shares one API call with the others,
    /// per request waiting in its scope when more than one waits (alone: served when due; 16 waiting: 16 times this, 640 ms,
    /// at least as long as reads took lately, up to <see cref="MaxReadSlack"/>).
    /// </summary>
    public TimeSpan ReadSlackPerWaiter { get; set; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Upper bound of the read slack however many requests wait.</summary>
    public TimeSpan MaxReadSlack { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Interface IDs per DescribeRouterInterfaces call (values of its one RouterInterfaceId filter), at most 50 (the
    /// API's PageSize). Nothing documents how many values a filter honours (B6); an ID missing from a multi-ID answer is
    /// looked up alone before it counts as gone, and a proven truncation lowers this for the rest of the process.
    /// </summary>
    public int IdsPerDescribe { get; set; } = 50;

    /// <summary>
    /// How long an import waits for the interface it names to be listed before it says the interface does not exist:
    /// a new interface can be missing from DescribeRouterInterfaces for seconds after its create (B5).
    /// </summary>
    public TimeSpan ImportListingWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the route tables of a router are reused between deletes (tables rarely change; entries are always read afresh).</summary>
    public TimeSpan RouteTableCacheTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deadline of a create when <c>customTimeouts.create</c> is not set.</summary>
    public TimeSpan CreateTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Deadline of an update when <c>customTimeouts.update</c> is not set.</summary>
    public TimeSpan UpdateTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Deadline of a delete when <c>customTimeouts.delete</c> is not set.</summary>
    public TimeSpan DeleteTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Deadline of a read (refresh, import) when <c>customTimeouts.read</c> is not set.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A status line that has not changed is sent again after this long, so a CI log shows a long wait is alive
    /// (the engine prints a line per status message; issue 13: at most every 30 s).
    /// </summary>
    public TimeSpan StatusRepeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The problems of these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Positive(problems, nameof(FirstPollDelay), FirstPollDelay);
        Positive(problems, nameof(MaxPollDelay), MaxPollDelay);
        Positive(problems, nameof(CreateTimeout), CreateTimeout);
        Positive(problems, nameof(UpdateTimeout), UpdateTimeout);
        Positive(problems, nameof(DeleteTimeout), DeleteTimeout);
        Positive(problems, nameof(ReadTimeout), ReadTimeout);
        Positive(problems, nameof(StatusRepeatInterval), StatusRepeatInterval);
        if (ImportListingWait < TimeSpan.Zero || RouteTableCacheTime < TimeSpan.Zero || ReadSlackPerWaiter < TimeSpan.Zero || MaxReadSlack < TimeSpan.Zero)
        {
            problems.Add($"{nameof(ImportListingWait)}, {nameof(RouteTableCacheTime)}, {nameof(ReadSlackPerWaiter)} and {nameof(MaxReadSlack)} must not be negative.");
        }

        if (MaxPollDelay < FirstPollDelay)
        {
            problems.Add($"{nameof(MaxPollDelay)} must not be shorter than {nameof(FirstPollDelay)}.");
        }

        if (!(BackoffFactor >= 1 && BackoffFactor <= 10))
        {
            problems.Add($"{nameof(BackoffFactor)} must be between 1 and 10.");
        }

        if (!(JitterRatio >= 0 && JitterRatio < 1))
        {
            problems.Add($"{nameof(JitterRatio)} must be at least 0 and below 1.");
        }

        if (MinPollInterval < TimeSpan.Zero || MinPollInterval > MaxPollDelay)
        {
            problems.Add($"{nameof(MinPollInterval)} must be between 0 and {nameof(MaxPollDelay)}.");
        }

        if (PollBatchWindow < TimeSpan.Zero || PollBatchWindow > MaxPollDelay)
        {
            problems.Add($"{nameof(PollBatchWindow)} must be between 0 and {nameof(MaxPollDelay)}.");
        }

        if (IdsPerDescribe is < 1 or > 50)
        {
            problems.Add($"{nameof(IdsPerDescribe)} must be between 1 and 50.");
        }

        return problems;
    }

    private static void Positive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be positive.");
        }
    }
}
