using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.RouterInterface.Resources.Tests.Support;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Transitions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

/// <summary>The learner seeded from the account's store and kept in it: loaded once, written at most every few seconds per transition.</summary>
public sealed class LearntTransitionKeeperTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TransitionLearner _learner = new();
    private readonly Mock<ILearntTransitionStore> _store = new(MockBehavior.Strict);

    public LearntTransitionKeeperTests()
    {
        _store.Setup(s => s.LoadAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, LearntTransition>
        {
            ["Deactivating"] = new(S(2.9), S(3.1)),
        });
        _store.Setup(s => s.RecordAsync(It.IsAny<string>(), It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>())).Returns(ValueTask.CompletedTask);
    }

    private LearntTransitionKeeper Keeper(bool configured = true) =>
        new(new TestProviderContext(Mock.Of<IVpcClient>(), "cn-hangzhou", configured, _store.Object), _learner, _time);

    [Fact]
    public async Task SyncAsync_FirstUse_SeedsTheLearnerOnceWithoutWritingItBack()
    {
        var keeper = Keeper();

        await keeper.SyncAsync(CancellationToken.None);
        await keeper.SyncAsync(CancellationToken.None);

        Assert.Equal((S(2.9), S(3.1)), _learner.Bracket("Deactivating"));
        _store.Verify(s => s.LoadAsync(It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.RecordAsync(It.IsAny<string>(), It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SyncAsync_NotConfigured_NeitherLoadsNorWrites()
    {
        var keeper = Keeper(configured: false);
        _learner.Record("Deleting", S(1), S(2));

        await keeper.SyncAsync(CancellationToken.None);

        Assert.Null(_learner.Bracket("Deactivating"));
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SyncAsync_Recorded_WritesTheLearnersBracketAtMostOncePerTransitionEveryFewSeconds()
    {
        var keeper = Keeper();
        await keeper.SyncAsync(CancellationToken.None);

        _learner.Record("Deactivating", S(2.95), S(3.2)); // narrows the seeded bracket from below
        await keeper.SyncAsync(CancellationToken.None);
        _learner.Record("Deactivating", S(2.0), S(3.05));
        _learner.Record("Deleting", S(1), S(2));
        await keeper.SyncAsync(CancellationToken.None);

        _store.Verify(s => s.RecordAsync("Deactivating", new LearntTransition(S(2.95), S(3.1)), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.RecordAsync("Deleting", new LearntTransition(S(1), S(2)), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.RecordAsync("Deactivating", It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>()), Times.Once);

        _time.Advance(LearntTransitionKeeper.WriteEvery);
        await keeper.SyncAsync(CancellationToken.None);

        _store.Verify(s => s.RecordAsync("Deactivating", new LearntTransition(S(2.95), S(3.05)), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.RecordAsync("Deleting", It.IsAny<LearntTransition>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DisposeAsync_WriteStillHeldBack_WritesItAtShutdown()
    {
        var keeper = Keeper();
        await keeper.SyncAsync(CancellationToken.None);
        _learner.Record("Deleting", S(1), S(2));
        await keeper.SyncAsync(CancellationToken.None);
        _learner.Record("Deleting", S(1.5), S(2));
        await keeper.SyncAsync(CancellationToken.None);

        await keeper.DisposeAsync();

        _store.Verify(s => s.RecordAsync("Deleting", new LearntTransition(S(1.5), S(2)), It.IsAny<CancellationToken>()), Times.Once);
    }
}
