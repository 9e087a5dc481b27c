using Alicloud.Vpc.Client.Budget;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.Vpc.Client.Tests.Budget;

public sealed class VpcCallBudgetTests : IDisposable
{
    private const string Hangzhou = "cn-hangzhou";
    private const string Deactivate = "DeactivateRouterInterface";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "budget-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static readonly GrantLogLimits Limits = new(60_100, 300, 1_000);

    private VpcCallBudget Budget(QuotaRule account, VpcQuotaOptions? quotas = null, IGrantStore? store = null) =>
        new(account, quotas ?? VpcQuotaOptions.Default, store ?? new InProcessGrantStore(_time, Limits), _time, NullLogger.Instance);

    private static async Task Granted(ValueTask<System.Threading.RateLimiting.RateLimitLease> acquire)
    {
        var task = acquire.AsTask();
        Assert.True(task.IsCompletedSuccessfully, "expected the call to go out at once");
        Assert.True((await task).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_ApiQuotaFull_ThatApiWaitsInThatRegionOnly()
    {
        var quotas = VpcQuotaOptions.Default with { PerApi = new Dictionary<string, QuotaRule> { [Deactivate] = new(2, TimeSpan.FromSeconds(60)) } };
        using var budget = Budget(new QuotaRule(100, TimeSpan.FromSeconds(1)), quotas);

        await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        var third = budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted);
        await Granted(budget.AcquireAsync(Deactivate, "cn-shanghai", CancellationToken.None)); // counted per region
        await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None)); // not behind the waiting Deactivate
        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.False(third.IsCompleted); // the window margin (100 ms) is not over yet
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_AccountLimit_CountsEveryApiAndRegion()
    {
        using var budget = Budget(new QuotaRule(2, TimeSpan.FromSeconds(1)));

        await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
        await Granted(budget.AcquireAsync(Deactivate, "cn-shanghai", CancellationToken.None));
        var third = budget.AcquireAsync("DeleteExpressConnect", "cn-beijing", CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public async Task OnAnswerAsync_HalfRefused_AimsBelowTheAcceptedRateThenRecovers()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        var sent = _time.GetUtcNow();
        for (var i = 0; i < 20; i++)
        {
            await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
        }

        // every other answer throttled: another machine spends half of the account's 20/s
        _time.Advance(TimeSpan.FromMilliseconds(10));
        for (var i = 0; i < 20; i++)
        {
            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, sent, throttled: i % 2 == 1, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        // accepted 20/s × 1/2 = 10/s, so 0.7 × 10 = 7/s, grown back for 1 s along 0.4·(t − K)³ + 10 with
        // K = ∛(10 · 0.3 / 0.4) ≈ 1.96 s: ≈ 9.65/s, 9 calls at once where the account limit alone allows 20
        Assert.Equal(9, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 20));

        // CUBIC grows back past the account limit within seconds: then only the static limit applies
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(20, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 21));
    }

    [Fact]
    public async Task OnAnswerAsync_KeyLoweredOnce_SporadicThrottlingAfterwardsDoesNotLowerAgain()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        var sent = _time.GetUtcNow();
        Assert.Equal(20, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 20));
        _time.Advance(TimeSpan.FromMilliseconds(10));
        for (var i = 0; i < 20; i++)
        {
            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, sent, throttled: i % 2 == 1, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        var later = _time.GetUtcNow();
        Assert.Equal(9, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 20)); // as above: ≈ 9.65/s
        _time.Advance(TimeSpan.FromMilliseconds(10));
        for (var i = 0; i < 50; i++)
        {
            // one throttling answer to a call sent after the decrease, after 49 accepted ones: with the 10 of before,
            // 11 in 70 in the share's window (16 %), below the 25 % share. The AWS SDKs would lower again here; under
            // sporadic refusals that would keep a fleet far below its budget
            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, later, throttled: i == 49, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        // not lowered again: grown on along 0.4·(t − K)³ + 10 for 2 s, ≈ 10/s (lowered again: 5)
        Assert.Equal(10, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 20));
    }

    [Fact]
    public async Task OnAnswerAsync_ReadQuotaRunsOut_ReadsSlowDownChangesDoNot()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        var sent = _time.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
            await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        }

        _time.Advance(TimeSpan.FromMilliseconds(10));
        for (var i = 0; i < 5; i++)
        {
            // B9: the reads' own quota (as tight as 30 per 60 s) refuses every read; the changes go through, so the
            // account's share stays at 1 in 5
            for (var j = 0; j < 4; j++)
            {
                await budget.OnAnswerAsync(Deactivate, Hangzhou, sent, throttled: false, CancellationToken.None);
            }

            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, sent, throttled: true, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(2));

        // nothing accepted: down to the least rate (0.5/s), grown back for 2 s to ≈ 1.3/s, one call at once
        Assert.Equal(1, await GrantedAtOnce(budget, "DescribeRouterInterfaces", 20));
        Assert.Equal(19, await GrantedAtOnce(budget, Deactivate, 20)); // the account is not lowered: 19 more fit its 20/s
    }

    /// <summary>Calls granted without waiting (at most <paramref name="most"/>); the first that would wait is cancelled, so it takes nothing.</summary>
    private static async Task<int> GrantedAtOnce(VpcCallBudget budget, string action, int most)
    {
        using var probe = new CancellationTokenSource();
        for (var granted = 0; granted < most; granted++)
        {
            var acquire = budget.AcquireAsync(action, Hangzhou, probe.Token).AsTask();
            if (!acquire.IsCompletedSuccessfully)
            {
                await probe.CancelAsync();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquire.WaitAsync(TimeSpan.FromSeconds(10)));
                return granted;
            }
        }

        return most;
    }

    [Fact]
    public async Task OnAnswerAsync_SporadicThrottling_IsRetriedWithoutSlowingDown()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        for (var i = 0; i < 20; i++)
        {
            // one answer in ten throttled (a busy service), as the bench's injected throttling: below the 25 % share
            await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, _time.GetUtcNow(), throttled: i % 10 == 9, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 20; i++)
        {
            await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
        }
    }

    [Fact]
    public async Task OnAnswerAsync_ThrottledShareAtTheThreshold_LowersTheRate()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        var sent = _time.GetUtcNow();
        for (var i = 0; i < 20; i++)
        {
            await Granted(budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None));
        }

        _time.Advance(TimeSpan.FromMilliseconds(10));
        for (var i = 0; i < 20; i++)
        {
            // every fourth answer throttled: 25 %, as when sending at 1.33 × a quota we cannot see
            await budget.OnAnswerAsync("DescribeRouterInterfaces", Hangzhou, sent, throttled: i % 4 == 3, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        var atOnce = 0;
        while (atOnce < 20 && budget.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None).AsTask().IsCompletedSuccessfully)
        {
            atOnce++;
        }

        // 15 of 20 answers accepted: lowered to 0.7 × 15/s and grown back for 1 s along 0.4·(t − K)³ + 15,
        // K = ∛(15 · 0.3 / 0.4) ≈ 2.24 s: ≈ 14.2/s, where the account limit alone allows 20
        Assert.Equal(14, atOnce);
    }

    [Fact]
    public async Task OnAnswerAsync_OneThrottlingAnswerAlone_IsNoSignalYet()
    {
        using var budget = Budget(new QuotaRule(20, TimeSpan.FromSeconds(1)));
        await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        await budget.OnAnswerAsync(Deactivate, Hangzhou, _time.GetUtcNow(), throttled: true, CancellationToken.None); // 1 of 1

        _time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 20; i++)
        {
            await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        }
    }

    [Fact]
    public async Task OnAnswerAsync_NotThrottled_ChangesNothing()
    {
        using var budget = Budget(new QuotaRule(3, TimeSpan.FromSeconds(1)));
        for (var i = 0; i < 3; i++)
        {
            await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
            await budget.OnAnswerAsync(Deactivate, Hangzhou, _time.GetUtcNow(), throttled: false, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
        {
            await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_StopsWaiting()
    {
        using var budget = Budget(new QuotaRule(1, TimeSpan.FromSeconds(30)));
        await Granted(budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None));
        using var caller = new CancellationTokenSource();

        var waiting = budget.AcquireAsync(Deactivate, Hangzhou, caller.Token).AsTask();
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task SharedFile_TwoBudgetsOfOneAccount_SpendOneLimit()
    {
        var salt = BudgetFolder.Prepare(_directory, _time);
        var path = BudgetFolder.FileFor(_directory, salt, "LTAI-test-key", null);
        using var first = Budget(new QuotaRule(3, TimeSpan.FromSeconds(10)), store: FileStore(path));
        using var second = Budget(new QuotaRule(3, TimeSpan.FromSeconds(10)), store: FileStore(path));

        await first.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None);
        await first.AcquireAsync("DescribeRouterInterfaces", Hangzhou, CancellationToken.None);
        await second.AcquireAsync(Deactivate, "cn-shanghai", CancellationToken.None);
        var fourth = second.AcquireAsync(Deactivate, "cn-shanghai", CancellationToken.None).AsTask();

        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True((await fourth.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain("LTAI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LTAI", path, StringComparison.Ordinal);
        Assert.Contains("DeactivateRouterInterface@cn-shanghai", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_BudgetThatNeverGrants_FailsTheCallNamingTheBudget()
    {
        var quotas = VpcQuotaOptions.Default with { GrantTimeoutSlack = TimeSpan.FromSeconds(3) };
        using var budget = Budget(new QuotaRule(1, TimeSpan.FromSeconds(1)), quotas, new NeverGrants());

        var waiting = budget.AcquireAsync(Deactivate, Hangzhou, CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(62));
        Assert.False(waiting.IsCompleted); // a full 60 s quota window is a wait the configuration allows
        _time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<Errors.AlibabaCloudException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Errors.AlibabaErrorCodes.CallBudgetExhausted, error.ErrorCode);
        Assert.Contains("call budget", error.Message, StringComparison.Ordinal);
        Assert.Contains("63.1 s", error.Message, StringComparison.Ordinal); // the longest window (60.1 s) and the slack
    }

    [Fact]
    public void EnsureDirectory_LogUnwrittenForADay_IsRemovedOthersStay()
    {
        BudgetFolder.Prepare(_directory, _time);
        var stale = Path.Combine(_directory, "grants-stale");
        var fresh = Path.Combine(_directory, "grants-fresh");
        File.WriteAllText(stale, "");
        File.WriteAllText(fresh, "");
        File.SetLastWriteTimeUtc(stale, _time.GetUtcNow().UtcDateTime.AddDays(-2));
        File.SetLastWriteTimeUtc(fresh, _time.GetUtcNow().UtcDateTime.AddHours(-1));

        BudgetFolder.Prepare(_directory, _time);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void FileFor_OtherKeyOrEndpoint_IsAnotherFile()
    {
        var salt = BudgetFolder.Prepare(_directory, _time);
        var one = BudgetFolder.FileFor(_directory, salt, "key-a", null);

        Assert.Equal(one, BudgetFolder.FileFor(_directory, salt, "key-a", null));
        Assert.NotEqual(one, BudgetFolder.FileFor(_directory, salt, "key-b", null));
        Assert.NotEqual(one, BudgetFolder.FileFor(_directory, salt, "key-a", "http://127.0.0.1:9000"));
    }

    private FileGrantStore FileStore(string path) =>
        new(path, Limits, _time, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(2), new RecordedWarnings());

    private sealed class NeverGrants : IGrantStore
    {
        public ValueTask<GrantDecision> TryTakeAsync(BudgetRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GrantDecision.Later(TimeSpan.FromSeconds(1)));

        public ValueTask<int> CountRecentAsync(string key, long spanMs, CancellationToken cancellationToken) => ValueTask.FromResult(0);
    }
}
