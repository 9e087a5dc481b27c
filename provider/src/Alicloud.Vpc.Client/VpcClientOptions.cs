namespace Alicloud.Vpc.Client;

/// <summary>Every tunable number of the VPC client, with its default (one place).</summary>
public sealed record VpcClientOptions
{
    public static VpcClientOptions Default { get; } = new();

    /// <summary>Retries after the first attempt for throttling, ServiceUnavailable, InternalError, HTTP 5xx and transport failures.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First backoff delay; doubles per retry (with jitter) up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap of one backoff delay, also of a server's <c>x-acs-retry-after</c> hint.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    public bool UseJitter { get; init; } = true;

    /// <summary>Timeout of one HTTP attempt (the overall bound is the caller's CancellationToken).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public string UserAgent { get; init; } = "alicloud-routerinterface-provider (.NET)";

    /// <summary>PageSize of DescribeRouterInterfaces, DescribeRouteTableList and DescribeVpcs (API maximum 50).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>MaxResult of DescribeRouteEntryList (API maximum 100).</summary>
    public int RouteEntryPageSize { get; init; } = 100;

    /// <summary>
    /// Router interface IDs per <c>Filter.1.Value.M</c> list in one DescribeRouterInterfaces call. The API documents no limit;
    /// 50 equals the page size so one batch is normally one page.
    /// </summary>
    public int MaxIdsPerDescribe { get; init; } = 50;

    /// <summary>Safety bound on pages read by one listing call.</summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>TCP connect timeout of the shared handler.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Connections are recycled after this long so DNS changes are picked up.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero, nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSize, 50, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(RouteEntryPageSize, 1, nameof(RouteEntryPageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RouteEntryPageSize, 100, nameof(RouteEntryPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIdsPerDescribe, 1, nameof(MaxIdsPerDescribe));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPages, 1, nameof(MaxPages));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero, nameof(ConnectTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PooledConnectionLifetime, TimeSpan.Zero, nameof(PooledConnectionLifetime));
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent, nameof(UserAgent));
    }
}
