namespace Alicloud.RouterInterface.Provider.Tests.Support;

/// <summary>A bound for every wait in a test: a hang fails the test instead of stalling the run.</summary>
internal static class TestDeadline
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    public static CancellationTokenSource Start() => new(Default);
}
