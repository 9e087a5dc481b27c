using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class TransitionLearnerTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Expected_NothingRecorded_IsNull()
    {
        var learner = new TransitionLearner();

        Assert.Null(learner.Expected("Deactivating"));
        Assert.Null(learner.ExpectedOfAny());
    }

    [Fact]
    public void Expected_ConsistentBrackets_IsTheSmallestUpperBound()
    {
        var learner = new TransitionLearner();
        learner.Record("Deactivating", S(1.5), S(2.25));
        learner.Record("Deactivating", S(1.9), S(2.05));
        learner.Record("Deactivating", S(0), S(2.6));

        Assert.Equal(S(2.05), learner.Expected("Deactivating"));
        Assert.Equal(S(2.05), learner.Expected("deactivating"));
    }

    [Fact]
    public void Expected_ContradictingBrackets_IsTheMedianUpperBound()
    {
        var learner = new TransitionLearner();
        learner.Record("Deleting", S(3.5), S(4));
        learner.Record("Deleting", S(1), S(2));
        learner.Record("Deleting", S(2.5), S(3));

        Assert.Equal(S(3), learner.Expected("Deleting"));
    }

    [Fact]
    public void ExpectedOfAny_SeveralStatuses_IsTheMiddleOfTheLongest()
    {
        var learner = new TransitionLearner();
        learner.Record("Deactivating", S(1.9), S(2));
        learner.Record("Deleting", S(2.8), S(3));

        Assert.Equal(S(2.9), learner.ExpectedOfAny());
        Assert.Null(learner.Expected("Activating"));
    }

    [Fact]
    public void Record_ImpossibleBracket_IsIgnored()
    {
        var learner = new TransitionLearner();
        learner.Record("Deleting", S(3), S(2));
        learner.Record("Deleting", S(0), S(0));

        Assert.Null(learner.Expected("Deleting"));
    }

    [Fact]
    public void Record_ManyMore_KeepsOnlyTheRecentOnes()
    {
        var learner = new TransitionLearner();
        learner.Record("Deleting", S(0), S(1)); // an old, shorter duration
        for (var i = 0; i < 16; i++)
        {
            learner.Record("Deleting", S(2.9), S(3.1));
        }

        Assert.Equal(S(3.1), learner.Expected("Deleting"));
    }
}
