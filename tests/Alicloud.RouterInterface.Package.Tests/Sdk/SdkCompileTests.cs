using System.Text.Json;
using Alicloud.RouterInterface.Package.Tests.Support;
using Alicloud.RouterInterface.Testing.Dotnet;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>
/// `make sdk` / `make test`: sdk/dotnet and examples/csharp compiled against the Pulumi .NET SDK from ../shared/nuget
/// in a temporary copy, the example's own tests run under a hang bound, our registration program run under
/// Deployment.TestAsync, and a pack with an explicit version. The display names are what `make test` prints.
/// </summary>
public sealed class SdkCompileTests(PulumiSdkBuild build, ITestOutputHelper output) : IClassFixture<PulumiSdkBuild>
{
    private static readonly TimeSpan s_testBound = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan s_runBound = TimeSpan.FromMinutes(5);

    [FactRequiresPulumiSdkFeed(DisplayName = "SDK: sdk/dotnet and examples/csharp build without warnings against the Pulumi .NET SDK from ../shared/nuget")]
    public async Task SdkAndExample_BuildAgainstTheFeed()
    {
        var (copy, result) = await build.BuiltAsync();
        output.WriteLine(result.ToString());

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(copy.Feed.PulumiVersion, PulumiSdkBuild.ResolvedPulumiVersion(copy, PulumiSdkBuild.ExampleTests));
        Assert.Equal(copy.Feed.PulumiVersion, PulumiSdkBuild.ResolvedPulumiVersion(copy, "sdk/dotnet"));
        Assert.Contains("0 Warning(s)", result.Output, StringComparison.Ordinal);
    }

    [FactRequiresPulumiSdkFeed(DisplayName = "SDK: the C# example's mock tests pass against the feed's Pulumi within a hang bound")]
    public async Task ExampleTests_PassWithinTheHangBound()
    {
        var (copy, built) = await build.BuiltAsync();
        Assert.True(built.Succeeded, built.ToString());

        // The blame collector ends a test that stops making progress (the mock that never returned an ID hung here).
        var result = await copy.RunAsync(
            ["test", PulumiSdkBuild.ExampleTests, "-c", PulumiSdkBuild.Configuration, "--no-build", "--nologo",
             "--blame-hang-timeout", "2m", "--blame-hang-dump-type", "none"],
            s_testBound, CancellationToken.None);
        output.WriteLine(result.ToString());
        output.WriteLine(result.Output);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Matches(@"Failed:\s+0, Passed:\s+4,", result.Output);
    }

    [FactRequiresPulumiSdkFeed(DisplayName = "SDK: our C# program's registration checks hold under Deployment.TestAsync (types, inputs, provider, secrets, plugin version; a second deployment reads the new config; getRouterInterfaces in both forms)")]
    public async Task RegistrationProgram_ChecksHold()
    {
        var (copy, built) = await build.BuiltAsync();
        Assert.True(built.Succeeded, built.ToString());

        var result = await copy.RunAsync(
            ["run", "--project", PulumiSdkBuild.RegistrationProgram, "-c", PulumiSdkBuild.Configuration, "--no-build", "--", PulumiSdkBuild.DefaultVersion],
            s_runBound, CancellationToken.None);
        output.WriteLine(result.Output);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("deployment 2 (alicloud-routerinterface:region = cn-beijing)", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok      Invoke: the answer's ids", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"registration checks: [1-9]\d* held, 0 broken", result.Output);
    }

    [FactRequiresPulumiSdkFeed(DisplayName = "SDK: dotnet pack -p:Version=0.2.0 yields a package whose pulumi-plugin.json and version.txt say 0.2.0")]
    public async Task Pack_WithVersion_EmbedsThatPluginVersion()
    {
        const string version = "0.2.0";
        using var copy = PulumiSdkBuild.Copy("sdk/dotnet");
        var packages = copy.PathOf("packages");

        var result = await copy.RunAsync(PulumiSdkBuild.Command("pack", "sdk/dotnet", $"-p:Version={version}", "-o", packages), PulumiSdkBuild.BuildBound, CancellationToken.None);
        output.WriteLine(result.ToString());

        Assert.True(result.Succeeded, result.ToString());
        var sdk = PackedSdk.Open(Assert.Single(Directory.GetFiles(packages, $"Pulumi.AlicloudRouterInterface.{version}.nupkg")));
        using (var plugin = JsonDocument.Parse(sdk.Text("content/pulumi-plugin.json") ?? "null"))
        {
            Assert.Equal(JsonValueKind.Object, plugin.RootElement.ValueKind);
            Assert.True(plugin.RootElement.GetProperty("resource").GetBoolean());
            Assert.Equal("alicloud-routerinterface", plugin.RootElement.GetProperty("name").GetString());
            Assert.Equal(version, plugin.RootElement.GetProperty("version").GetString());
        }

        Assert.Equal(version, sdk.Text("content/version.txt")?.Trim());
        Assert.Contains($"<version>{version}</version>", sdk.Text("Pulumi.AlicloudRouterInterface.nuspec"), StringComparison.Ordinal);
        Assert.Contains($"<dependency id=\"{PulumiSdkFeed.PackageId}\"", sdk.Text("Pulumi.AlicloudRouterInterface.nuspec"), StringComparison.Ordinal);
        Assert.Contains("logo.png", sdk.Paths);
        var assemblies = sdk.EmbeddedInAssemblies("Pulumi.AlicloudRouterInterface.version.txt").ToList();
        Assert.NotEmpty(assemblies);
        Assert.All(assemblies, a => Assert.Equal(version, a.Resource?.Trim()));
        Assert.All(sdk.EmbeddedInAssemblies("Pulumi.AlicloudRouterInterface.pulumi-plugin.json"),
            a => Assert.Contains($"\"version\": \"{version}\"", a.Resource ?? "", StringComparison.Ordinal));
    }
}
