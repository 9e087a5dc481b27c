using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class TransitionWaitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LifecycleOptions _options = new();
    private readonly TransitionLearner _learner = new();

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private TransitionWait Start(string status = "Deactivating", bool startKnown = true) => new(status, _time.GetUtcNow(), _time.GetUtcNow(), startKnown, _learner, _options);

    [Fact]
    public void NextDelay_NothingLearnt_FirstLookAfterTheConfiguredDelay()
    {
        var wait = Start();

        Assert.Equal(_options.TransitionFirstLook, wait.NextDelay(_time.GetUtcNow()));
        _time.Advance(S(0.4));
        Assert.Equal(_options.TransitionFirstLook - S(0.4), wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_DurationLearnt_FirstLookAtTheExpectedEndPlusSlack()
    {
        _learner.Record("Deactivating", S(1.9), S(2));

        Assert.Equal(S(2) + _options.TransitionSlack, Start().NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_OnlyAnotherStatusLearnt_UsesTheMiddleOfItsDurationAsTheScale()
    {
        _learner.Record("Deactivating", S(1.8), S(2));

        Assert.Equal(S(1.9) + _options.TransitionSlack, Start("Deleting").NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_StillRunning_NextLookIsAShareOfTheElapsedTimeLater()
    {
        var wait = Start();
        _time.Advance(S(1));
        wait.StillRunning(_time.GetUtcNow());

        Assert.Equal(S(1 * _options.TransitionCadence), wait.NextDelay(_time.GetUtcNow()));
        _time.Advance(S(0.5));
        wait.StillRunning(_time.GetUtcNow());
        Assert.Equal(S(1.5 * _options.TransitionCadence), wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_StillRunningLongAfterTheChange_CappedAtMaxPollDelay()
    {
        var wait = Start();
        _time.Advance(TimeSpan.FromMinutes(3));
        wait.StillRunning(_time.GetUtcNow());

        Assert.Equal(_options.MaxPollDelay, wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_StillRunningRightAfterTheChange_NeverBelowMinPollInterval()
    {
        var wait = Start();
        _time.Advance(S(0.01));
        wait.StillRunning(_time.GetUtcNow());

        Assert.Equal(_options.MinPollInterval, wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_LearntAndStillRunningAfterTheExpectedEnd_LooksAgainSooner()
    {
        _learner.Record("Deactivating", S(1.9), S(2));
        var wait = Start();
        _time.Advance(S(2.04));
        wait.StillRunning(_time.GetUtcNow());

        Assert.Equal(S(2.04 * _options.LearnedTransitionCadence), wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_RoughBracketLearnt_LooksProbeItsMiddleButADeleteWaitsForItsEnd()
    {
        _learner.Record("Deactivating", S(1.5), S(2.5));
        var wait = Start();

        Assert.True(wait.ProbesFirst);
        Assert.Equal(S(2) + _options.TransitionSlack, wait.NextDelay(_time.GetUtcNow()));
        Assert.Equal(S(2.5) + _options.TransitionSlack, wait.NextDelay(_time.GetUtcNow(), probe: false));
        _time.Advance(S(2.1));
        wait.StillRunning(_time.GetUtcNow());
        Assert.False(wait.ProbesFirst);
        Assert.Equal(S(0.4) + _options.TransitionSlack, wait.NextDelay(_time.GetUtcNow(), probe: false));
    }

    [Fact]
    public void NextDelay_NarrowBracketLearnt_NoProbe()
    {
        _learner.Record("Deactivating", S(1.95), S(2.05));

        Assert.False(Start().ProbesFirst);
    }

    [Fact]
    public void Ended_KnownStart_TeachesTheBracketBetweenTheLastStillAndTheEnd()
    {
        var wait = Start();
        _time.Advance(S(1));
        wait.StillRunning(_time.GetUtcNow());
        _time.Advance(S(1.5));
        wait.Ended(_time.GetUtcNow());
        wait.Ended(_time.GetUtcNow() + S(5)); // only the first end counts

        Assert.Equal(S(2.5), _learner.Expected("Deactivating"));
    }

    [Fact]
    public void Ended_SlowRoundTrips_BracketHoldsWhateverTheServerSaw()
    {
        var sent = _time.GetUtcNow();
        _time.Advance(S(0.3)); // the change took 300 ms to answer
        var wait = new TransitionWait("Deactivating", sent, _time.GetUtcNow(), startKnown: true, _learner, _options);
        _time.Advance(S(1));
        wait.StillRunning(_time.GetUtcNow()); // look sent 1 s after the answer
        _time.Advance(S(1.2));
        wait.Ended(_time.GetUtcNow()); // answered 2.2 s after the answer, 2.5 s after sending the change

        Assert.Equal((S(1), S(2.5)), _learner.Bracket("Deactivating"));
    }

    [Fact]
    public void Ended_UnknownStart_TeachesNothing()
    {
        var wait = Start(startKnown: false);
        _time.Advance(S(2));
        wait.Ended(_time.GetUtcNow());

        Assert.Null(_learner.Expected("Deactivating"));
    }

    [Fact]
    public void NextDelay_LookDue_IsZeroNotNegative()
    {
        var wait = Start();
        _time.Advance(S(5));

        Assert.Equal(TimeSpan.Zero, wait.NextDelay(_time.GetUtcNow()));
    }
}
