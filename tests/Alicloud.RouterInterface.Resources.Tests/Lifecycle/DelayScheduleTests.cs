using Alicloud.RouterInterface.Resources.Lifecycle;
using Microsoft.Extensions.Time.Testing;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>
/// The transition part of <see cref="DelaySchedule"/>, followed as the delete's planner follows it: one
/// <see cref="TransitionRun"/>, the learner's times at each question (<see cref="Follower"/>).
/// </summary>
public sealed class DelayScheduleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LifecycleOptions _options = new();
    private readonly TransitionLearner _learner = new();

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private Follower Start(string status = "Deactivating", bool startKnown = true) => new(status, _time.GetUtcNow(), _time.GetUtcNow(), startKnown, _learner, _options);

    [Fact]
    public void NextDelay_NothingLearnt_FirstLookAfterTheConfiguredDelay()
    {
        var wait = Start();

        Assert.Equal(DelaySchedule.TransitionFirstLook, wait.NextDelay(_time.GetUtcNow()));
        _time.Advance(S(0.4));
        Assert.Equal(DelaySchedule.TransitionFirstLook - S(0.4), wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_DurationLearnt_FirstLookAtTheExpectedEndPlusSlack()
    {
        _learner.Record("Deactivating", S(1.9), S(2));

        Assert.Equal(S(2) + DelaySchedule.TransitionSlack, Start().NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_OnlyAnotherStatusLearnt_UsesTheMiddleOfItsDurationAsTheScale()
    {
        _learner.Record("Deactivating", S(1.8), S(2));

        Assert.Equal(S(1.9) + DelaySchedule.TransitionSlack, Start("Deleting").NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_StillRunning_NextLookIsAShareOfTheElapsedTimeLater()
    {
        var wait = Start();
        _time.Advance(S(1));
        wait.StillRunning(_time.GetUtcNow());

        Assert.Equal(S(1 * DelaySchedule.TransitionCadence), wait.NextDelay(_time.GetUtcNow()));
        _time.Advance(S(0.5));
        wait.StillRunning(_time.GetUtcNow());
        Assert.Equal(S(1.5 * DelaySchedule.TransitionCadence), wait.NextDelay(_time.GetUtcNow()));
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

        Assert.Equal(S(2.04 * DelaySchedule.LearnedTransitionCadence), wait.NextDelay(_time.GetUtcNow()));
    }

    [Fact]
    public void NextDelay_RoughBracketLearnt_LooksProbeItsMiddleButADeleteWaitsForItsEnd()
    {
        _learner.Record("Deactivating", S(1.5), S(2.5));
        var wait = Start();

        Assert.True(wait.ProbesFirst);
        Assert.Equal(S(2) + DelaySchedule.TransitionSlack, wait.NextDelay(_time.GetUtcNow()));
        Assert.Equal(S(2.5) + DelaySchedule.TransitionSlack, wait.NextDelay(_time.GetUtcNow(), probe: false));
        _time.Advance(S(2.1));
        wait.StillRunning(_time.GetUtcNow());
        Assert.False(wait.ProbesFirst);
        Assert.Equal(S(0.4) + DelaySchedule.TransitionSlack, wait.NextDelay(_time.GetUtcNow(), probe: false));
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
        var wait = new Follower("Deactivating", sent, _time.GetUtcNow(), startKnown: true, _learner, _options);
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

    /// <summary>One wait on a transition: the planner's progress (the run) and its records to the learner, kept in one object for these tests.</summary>
    private sealed class Follower(string status, DateTimeOffset changeSent, DateTimeOffset startedAt, bool startKnown, TransitionLearner learner, LifecycleOptions options)
    {
        private TransitionRun _run = new(status, changeSent, startedAt);
        private bool _ended;

        public bool ProbesFirst => _run.ProbesFirst(learner.Snapshot());

        public TimeSpan NextDelay(DateTimeOffset now, bool probe = true) => DelaySchedule.Transition(_run, learner.Snapshot(), now, options, probe);

        public void StillRunning(DateTimeOffset at) => _run = _run.StillAt(at);

        public void Ended(DateTimeOffset at)
        {
            if (!_ended && startKnown)
            {
                learner.Record(_run.Ended(at));
            }

            _ended = true;
        }
    }
}
