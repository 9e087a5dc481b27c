using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Dotnet;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>The feed locator and the temporary copy, without building anything (fast, and run with or without the feed).</summary>
public sealed class TemporaryDotnetProjectTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("feed-test-").FullName;

    [Fact]
    public void Probe_AbsentFolder_GivesASkipReasonNamingIt()
    {
        var missing = Path.Combine(_scratch, "nuget");

        var (feed, reason) = PulumiSdkFeed.Probe(missing);

        Assert.Null(feed);
        Assert.Contains(missing, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Probe_FolderWithoutThePulumiPackage_IsNotAFeed()
    {
        File.WriteAllText(Path.Combine(_scratch, "Pulumi.Random.4.0.0.nupkg"), "");

        var (feed, reason) = PulumiSdkFeed.Probe(_scratch);

        Assert.Null(feed);
        Assert.Contains("no Pulumi.<version>.nupkg", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Probe_SeveralVersions_TakesTheHighest()
    {
        foreach (var version in new[] { "3.9.0", "3.112.1", "3.76.1" })
        {
            File.WriteAllText(Path.Combine(_scratch, $"Pulumi.{version}.nupkg"), "");
        }

        var (feed, reason) = PulumiSdkFeed.Probe(_scratch);

        Assert.Null(reason);
        Assert.Equal("3.112.1", feed!.PulumiVersion);
        Assert.Equal(_scratch, feed.Directory);
    }

    [Fact]
    public void Create_Copy_NamesTheFeedLiftsFrameworksAndLeavesBuildOutputBehind()
    {
        File.WriteAllText(Path.Combine(_scratch, "Pulumi.3.112.1.nupkg"), "");
        var feed = PulumiSdkFeed.Probe(_scratch).Feed!;

        using var copy = TemporaryDotnetProject.Create(feed, new TemporaryDotnetProjectOptions { Folders = ["sdk/dotnet"], Files = ["VERSION"], ParentDirectory = _scratch });

        var config = File.ReadAllText(copy.PathOf("nuget.config"));
        Assert.Contains($"value=\"{_scratch}\"", config, StringComparison.Ordinal);
        Assert.Contains("<package pattern=\"Pulumi\" />", config, StringComparison.Ordinal);
        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", File.ReadAllText(copy.PathOf("sdk/dotnet/Pulumi.AlicloudRouterInterface.csproj")), StringComparison.Ordinal);
        Assert.DoesNotContain("net6.0", File.ReadAllText(copy.PathOf("sdk/dotnet/Pulumi.AlicloudRouterInterface.csproj")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "VERSION")), File.ReadAllText(copy.PathOf("VERSION")));
        Assert.True(File.Exists(copy.PathOf("Directory.Build.props")));
        Assert.False(Directory.Exists(copy.PathOf("sdk/dotnet/obj")));
        Assert.True(File.Exists(copy.PathOf("sdk/dotnet/Utilities.cs")));
    }

    [Fact]
    public void Dispose_Copy_DeletesIt()
    {
        File.WriteAllText(Path.Combine(_scratch, "Pulumi.3.112.1.nupkg"), "");
        var copy = TemporaryDotnetProject.Create(PulumiSdkFeed.Probe(_scratch).Feed!, new TemporaryDotnetProjectOptions { Folders = ["sdk/dotnet"], ParentDirectory = _scratch });

        copy.Dispose();

        Assert.False(Directory.Exists(copy.Root));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
