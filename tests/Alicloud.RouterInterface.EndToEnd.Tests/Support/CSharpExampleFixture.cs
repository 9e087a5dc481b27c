using Alicloud.RouterInterface.Testing.Dotnet;
using Alicloud.RouterInterface.Testing.Monitor;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// <c>examples/csharp</c> built once per test class against the Pulumi .NET SDK feed (<c>../shared/nuget</c>); nothing
/// when the feed is absent (the tests then report themselves skipped, see <see cref="FactRequiresPulumiFeedAttribute"/>).
/// </summary>
public sealed class CSharpExampleFixture : IAsyncLifetime
{
    /// <summary>Bound on restoring and compiling the SDK and the example on a loaded machine.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);

    private CSharpExample? _example;

    public CSharpExample Example => _example ?? throw new InvalidOperationException($"Not built: {PulumiSdkFeed.AbsentReason}");

    public async Task InitializeAsync()
    {
        if (PulumiSdkFeed.Locate() is { } feed)
        {
            using var bound = new CancellationTokenSource(BuildTimeout + TimeSpan.FromMinutes(1));
            _example = await CSharpExample.BuildAsync(feed, BuildTimeout, bound.Token);
        }
    }

    public Task DisposeAsync()
    {
        _example?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A fact that reports itself skipped, with the reason, when the Pulumi .NET SDK feed is not beside the clone.</summary>
public sealed class FactRequiresPulumiFeedAttribute : FactAttribute
{
    public FactRequiresPulumiFeedAttribute()
    {
        if (PulumiSdkFeed.AbsentReason is { } reason)
        {
            Skip = reason;
        }
    }
}
