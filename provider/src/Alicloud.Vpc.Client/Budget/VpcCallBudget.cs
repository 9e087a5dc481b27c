using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Client.Budget;

/// <summary>
/// The client-side budget of one account, counted as the cloud counts quotas: every call against the account-wide
/// limit (all APIs, all regions) and against its API's quota in its region, each as a sliding window log; each key
/// adapts to throttling answers (<see cref="CubicRate"/>), so that plugins on other machines sharing the account
/// converge without configuration. With a shared store, the plugin processes of this user on this machine spend
/// one budget between them. Calls of one API and region wait in order; other APIs are not held up behind them.
/// </summary>
public sealed class VpcCallBudget : ICallBudget, IDisposable
{
    private const string AccountKey = "*";
    private readonly QuotaRule _account;
    private readonly VpcQuotaOptions _options;
    private readonly IGrantStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _grantTimeout;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CubicRate> _rates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThrottledShare> _shares = new(StringComparer.Ordinal);

    internal VpcCallBudget(QuotaRule account, VpcQuotaOptions options, IGrantStore store, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(options);
        account.Validate(nameof(account));
        options.Validate();
        _account = account;
        _options = options;
        _store = store;
        _time = time;
        _logger = logger;
        _grantTimeout = TimeSpan.FromMilliseconds(GrantLogLimits.For(account, options).MaxHorizonMs) + options.GrantTimeoutSlack;
    }

    /// <summary>Where the shared grant log is (once a call used it), or null when the budget is this process's own.</summary>
    public string? SharedFile => (_store as SharedGrantStore)?.Path;

    /// <summary>
    /// Waits until one more call of <paramref name="action"/> in <paramref name="regionId"/> fits every window. No
    /// configuration makes that take longer than its longest window, so a budget that grants nothing within that
    /// and <see cref="VpcQuotaOptions.GrantTimeoutSlack"/> fails the call (<see cref="AlibabaErrorCodes.CallBudgetExhausted"/>)
    /// rather than keep it silent until the operation's deadline.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string action, string regionId, CancellationToken cancellationToken)
    {
        var apiKey = ApiKey(action, regionId);
        var queue = _queues.GetOrAdd(apiKey, static _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = _time.GetTimestamp();
            while (true)
            {
                var decision = await _store.TryTakeAsync(Request(action, apiKey), cancellationToken).ConfigureAwait(false);
                if (decision.Granted)
                {
                    return GrantedLease.Instance;
                }

                var left = _grantTimeout - _time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw new AlibabaCloudException(
                        action,
                        AlibabaErrorCodes.CallBudgetExhausted,
                        $"the client's call budget ({SharedFile ?? "this process's own"}) granted no {action} call in {regionId} within {_grantTimeout.TotalSeconds:0.#} s",
                        0,
                        null);
                }

                await Task.Delay(decision.Wait < left ? decision.Wait : left, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Release();
        }
    }

    /// <summary>
    /// The answer to a call sent at <paramref name="sentAt"/>. Throttling answers lower the send rate of the account
    /// and of the API in its region (so reads slow down on their own when their quota is what runs out) once they are
    /// <see cref="VpcQuotaOptions.RateSignalShare"/> or more of the key's answers in <see cref="VpcQuotaOptions.RateSignalWindow"/>
    /// (at least <see cref="VpcQuotaOptions.RateSignalMinimum"/>); the new rate aims below the rate the quota accepted
    /// (<see cref="RateSignal"/>). Fewer are retried without slowing down.
    /// </summary>
    public async ValueTask OnAnswerAsync(string action, string regionId, DateTimeOffset sentAt, bool throttled, CancellationToken cancellationToken)
    {
        var apiKey = ApiKey(action, regionId);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var sent = sentAt.ToUnixTimeMilliseconds();
        foreach (var (key, ceiling) in new[] { (AccountKey, _account.Rate), (apiKey, Ceiling(action)) })
        {
            var (throttledAnswers, answers) = Share(key).Record(now, throttled);
            if (!throttled || !RateSignal.Lowers(throttledAnswers, answers, _options))
            {
                continue;
            }

            var recent = await _store.CountRecentAsync(key, MeasureMs, cancellationToken).ConfigureAwait(false);
            var measured = recent / _options.MeasureWindow.TotalSeconds;
            if (Rate(key).Throttled(sent, now, RateSignal.AcceptedRate(measured, throttledAnswers, answers), ceiling) is { } rate)
            {
                VpcClientLog.SendRateLowered(_logger, key, rate, measured);
            }
        }
    }

    public void Dispose()
    {
        foreach (var queue in _queues.Values)
        {
            queue.Dispose();
        }
    }

    private long MeasureMs => (long)_options.MeasureWindow.TotalMilliseconds;

    private static string ApiKey(string action, string regionId) => $"{action}@{regionId}";

    private CubicRate Rate(string key) => _rates.GetOrAdd(key, _ => new CubicRate(_options));

    private ThrottledShare Share(string key) => _shares.GetOrAdd(key, _ => new ThrottledShare(_options.RateSignalWindow));

    private double Ceiling(string action) =>
        _options.PerApi.TryGetValue(action, out var rule) ? Math.Min(rule.Rate, _account.Rate) : _account.Rate;

    private BudgetRequest Request(string action, string apiKey)
    {
        var windows = new List<QuotaWindow>(4) { new(0, _account.Limit, Ms(_account.Window)) };
        if (_options.PerApi.TryGetValue(action, out var rule))
        {
            windows.Add(new QuotaWindow(1, rule.Limit, Ms(rule.Window + _options.WindowMargin)));
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        AddAdapted(windows, 0, AccountKey, _account.Rate, now);
        AddAdapted(windows, 1, apiKey, Ceiling(action), now);
        return new BudgetRequest([AccountKey, apiKey], [.. windows], MeasureMs);
    }

    /// <summary>An adapted rate r as a window: max(1, ⌊r⌋) calls per max(1, ⌊r⌋)/r seconds (a rate below 1/s: 1 call per 1/r s).</summary>
    private void AddAdapted(List<QuotaWindow> windows, int keyIndex, string key, double ceiling, long nowMs)
    {
        if (_rates.TryGetValue(key, out var adaptive) && adaptive.RateAt(nowMs, ceiling) is { } rate)
        {
            var limit = Math.Max(1, (int)Math.Floor(rate));
            windows.Add(new QuotaWindow(keyIndex, limit, (long)Math.Ceiling(limit / rate * 1000)));
        }
    }

    private static long Ms(TimeSpan span) => (long)Math.Ceiling(span.TotalMilliseconds);

    private sealed class GrantedLease : RateLimitLease
    {
        public static GrantedLease Instance { get; } = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
