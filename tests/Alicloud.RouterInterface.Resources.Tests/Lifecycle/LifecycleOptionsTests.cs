using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.Tests.Lifecycle;

public sealed class LifecycleOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Empty(new LifecycleOptions().Validate());
    }

    public static TheoryData<LifecycleOptions, string> Invalid => new()
    {
        { new LifecycleOptions { FirstPollDelay = TimeSpan.Zero }, nameof(LifecycleOptions.FirstPollDelay) },
        { new LifecycleOptions { MaxPollDelay = TimeSpan.FromMilliseconds(100) }, nameof(LifecycleOptions.MaxPollDelay) },
        { new LifecycleOptions { BackoffFactor = 0.5 }, nameof(LifecycleOptions.BackoffFactor) },
        { new LifecycleOptions { JitterRatio = 1 }, nameof(LifecycleOptions.JitterRatio) },
        { new LifecycleOptions { MinPollInterval = TimeSpan.FromSeconds(5) }, nameof(LifecycleOptions.MinPollInterval) },
        { new LifecycleOptions { PollBatchWindow = TimeSpan.FromMilliseconds(-1) }, nameof(LifecycleOptions.PollBatchWindow) },
        { new LifecycleOptions { DeleteTimeout = TimeSpan.Zero }, nameof(LifecycleOptions.DeleteTimeout) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_BadValue_NamesTheOption(LifecycleOptions options, string name)
    {
        Assert.Contains(options.Validate(), p => p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Delay_GrowsFromTheFirstDelayToTheCap()
    {
        var backoff = new Backoff(new LifecycleOptions { JitterRatio = 0 });

        var delays = Enumerable.Range(0, 10).Select(backoff.Delay).ToList();

        Assert.Equal(TimeSpan.FromMilliseconds(200), delays[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(300), delays[1]);
        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.First <= p.Second));
        Assert.Equal(TimeSpan.FromSeconds(2), delays[^1]);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(1.0, 1.2)]
    public void Delay_Jitter_SpreadsWithinTheRatio(double random, double factor)
    {
        var backoff = new Backoff(new LifecycleOptions { JitterRatio = 0.2 }, () => random);

        Assert.Equal(TimeSpan.FromMilliseconds(2000 * factor), backoff.Delay(20));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(12.9, "12s")]
    [InlineData(125, "2m05s")]
    [InlineData(3720, "1h02m")]
    public void Format_Durations_AreShort(double seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
