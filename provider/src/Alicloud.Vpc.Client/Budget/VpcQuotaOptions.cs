namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The quotas (the account's and each API's) and the adaptation to throttling answers of <see cref="VpcCallBudget"/>,
/// with their defaults.
/// </summary>
public sealed record VpcQuotaOptions
{
    /// <summary>
    /// Alibaba Cloud counts quotas per API, region and main account, shared by its RAM users and every process
    /// (Express Connect and VPC API quota pages on help.aliyun.com; `real-api-behaviours.md` A8). The documented
    /// figures: DeactivateRouterInterface and DeleteRouterInterface 300 per 60 s. The quotas of
    /// DescribeRouterInterfaces, DescribeRouteEntryList and DeleteExpressConnect are not documented (B9): they get no
    /// rule of their own, only the account-wide limit and the adaptation to throttling answers.
    /// </summary>
    public static IReadOnlyDictionary<string, QuotaRule> DocumentedQuotas { get; } = new Dictionary<string, QuotaRule>(StringComparer.Ordinal)
    {
        ["DeactivateRouterInterface"] = new(300, TimeSpan.FromSeconds(60)),
        ["DeleteRouterInterface"] = new(300, TimeSpan.FromSeconds(60)),
    };

    public static VpcQuotaOptions Default { get; } = new();

    /// <summary>The account-wide quota of all calls, every API and region together (the flow-control limit, 20 a second).</summary>
    public QuotaRule Account { get; init; } = new(20, TimeSpan.FromSeconds(1));

    /// <summary>Quota per API action, counted per region. Actions not listed only count against the account-wide limit.</summary>
    public IReadOnlyDictionary<string, QuotaRule> PerApi { get; init; } = DocumentedQuotas;

    /// <summary>Added to every per-API window so that send-to-arrival jitter never puts one call too many into the server's window.</summary>
    public TimeSpan WindowMargin { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Folder of the grant logs shared by the processes of this user on this machine (one file per AccessKey and
    /// endpoint); null keeps the budget inside this process.
    /// </summary>
    public string? SharedDirectory { get; init; }

    /// <summary>Multiplicative decrease on a throttling answer (CUBIC's β; 0.7 as in the AWS SDKs' adaptive retry mode).</summary>
    public double ThrottleBeta { get; init; } = 0.7;

    /// <summary>CUBIC's scale constant C: how fast the rate grows back after a decrease (0.4 as in the AWS SDKs).</summary>
    public double CubicScale { get; init; } = 0.4;

    /// <summary>The adapted rate never goes below this many calls per second.</summary>
    public double MinRate { get; init; } = 0.5;

    /// <summary>
    /// Throttling answers lower the send rate only while they are at least this share of a key's answers in the last
    /// <see cref="RateSignalWindow"/>. Below it they are sporadic (a busy service refusing now and then, which slowing
    /// down would not prevent: each lowering would cost the whole fleet a CUBIC recovery) and are only retried; above
    /// it we are sending faster than a quota we cannot see. 0.25 tolerates sending up to 1/(1 − 0.25) ≈ 1.33 × such a
    /// quota before slowing down; 0 (with <see cref="RateSignalMinimum"/> 1) reacts to every throttling answer, as the
    /// AWS SDKs' adaptive mode does.
    /// </summary>
    public double RateSignalShare { get; init; } = 0.25;

    /// <summary>
    /// The span of answers the share is taken over: long enough that an API called a few times a second has a sample
    /// (a per-API key sees far fewer answers than the account), short enough that a quota running out shows within it.
    /// </summary>
    public TimeSpan RateSignalWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throttling answers in the window needed before any lowers the rate (one alone, of one answer, is a share of 100 %).</summary>
    public int RateSignalMinimum { get; init; } = 2;

    /// <summary>The span over which the send rate is measured when a throttling answer comes.</summary>
    public TimeSpan MeasureWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Pause between attempts to take the shared file's lock (held for well under a millisecond by its holder).</summary>
    public TimeSpan LockRetryDelay { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// Longest wait for the shared file's lock (its holder needs well under a millisecond): a lock held longer (a
    /// stuck or hostile process) makes this process keep a budget of its own, with a warning.
    /// </summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A call waits for its grant at most the longest configured window plus this, then fails naming the budget.</summary>
    public TimeSpan GrantTimeoutSlack { get; init; } = TimeSpan.FromSeconds(5);

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Account, nameof(Account));
        Account.Validate(nameof(Account));
        ArgumentNullException.ThrowIfNull(PerApi, nameof(PerApi));
        foreach (var (action, rule) in PerApi)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(action, nameof(PerApi));
            ArgumentNullException.ThrowIfNull(rule, nameof(PerApi));
            rule.Validate(action);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(WindowMargin, TimeSpan.Zero, nameof(WindowMargin));
        if (ThrottleBeta is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ThrottleBeta), ThrottleBeta, "ThrottleBeta must be between 0 and 1 (exclusive).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CubicScale, 0, nameof(CubicScale));
        if (RateSignalShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RateSignalShare), RateSignalShare, "RateSignalShare must be between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateSignalWindow, TimeSpan.Zero, nameof(RateSignalWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(RateSignalMinimum, 1, nameof(RateSignalMinimum));

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MinRate, 0, nameof(MinRate));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MeasureWindow, TimeSpan.Zero, nameof(MeasureWindow));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LockRetryDelay, TimeSpan.Zero, nameof(LockRetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(LockWait, TimeSpan.Zero, nameof(LockWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(GrantTimeoutSlack, TimeSpan.Zero, nameof(GrantTimeoutSlack));
    }
}
