using Alicloud.RouterInterface.Package.Tests.Schema;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>`make sdk`: the committed C# SDK against the committed schema.json.</summary>
public sealed class SdkDriftTests
{
    public static string SdkFolder => Path.Combine(RepoPaths.Root, "sdk", "dotnet");

    [Fact]
    public void SdkSources_AgainstSchema_HaveNoDrift()
    {
        var problems = SdkDriftChecker.Check(PackageSchema.Repository, SdkSource.Load(SdkFolder));

        Assert.True(problems.Count == 0, "sdk/dotnet differs from schema.json:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Version_OneSource_FeedsTheMakefileThePluginAndTheSdk()
    {
        // The SDK asks the engine for the plugin of its own version, so both come from VERSION (or one -p:Version).
        var version = File.ReadAllText(Path.Combine(RepoPaths.Root, "VERSION"));
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", version);
        var makefile = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Makefile"));
        Assert.Equal("$(shell cat $(CURDIR)/VERSION)", makefile.Single(l => l.StartsWith("PROVIDER_VERSION", StringComparison.Ordinal)).Split("?=")[1].Trim());
        var provider = File.ReadAllText(Path.Combine(RepoPaths.Root, "provider", "src", "Alicloud.RouterInterface.Provider", "Alicloud.RouterInterface.Provider.csproj"));
        Assert.Contains("ReadAllText('$(RepoRoot)VERSION')", provider, StringComparison.Ordinal);
        var sdk = File.ReadAllText(Path.Combine(SdkFolder, "Pulumi.AlicloudRouterInterface.csproj"));
        Assert.Contains("<VersionFile>$(MSBuildThisFileDirectory)../../VERSION</VersionFile>", sdk, StringComparison.Ordinal);
        Assert.Contains("ReadAllText('$(VersionFile)')", sdk, StringComparison.Ordinal);
        Assert.DoesNotContain("<Version>", sdk, StringComparison.Ordinal);
    }

    [Fact]
    public void SdkSources_ResourceClass_IsFoundWithEveryOutput()
    {
        // Guards the checker against passing because it found nothing to compare.
        var sdk = SdkSource.Load(SdkFolder);
        var resource = PackageSchema.Repository.Resources[ResourceContract.RouterInterfaceToken];

        var type = Assert.Single(sdk.Classes, c => c.ResourceToken == ResourceContract.RouterInterfaceToken);
        Assert.Equal(resource.Outputs.Count, type.Outputs.Count());
        Assert.Equal(resource.Inputs.Count, sdk.Find("RouterInterfaceArgs")!.Inputs.Count());
    }
}
