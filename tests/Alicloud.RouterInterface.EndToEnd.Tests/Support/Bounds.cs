namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>The bounds of every wait: a hang fails a test instead of stalling the run.</summary>
internal static class Bounds
{
    /// <summary>Whole-test bound (setup, every engine operation, assertions); generous, for a machine under heavy load.</summary>
    public static readonly TimeSpan Test = TimeSpan.FromMinutes(3);

    /// <summary>Bound on waiting for the plugin or the emulator to reach a state the test arranged (as <c>PollingOptions.Default</c>).</summary>
    public static readonly TimeSpan ExternalState = TimeSpan.FromSeconds(20);

    public static CancellationTokenSource ForTest() => new(Test);
}
