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
    public void SdkVersion_VersionTxt_IsTheMakefilesProviderVersion()
    {
        // The SDK asks the engine for the plugin of its own version, so both come from one number.
        var makefile = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Makefile"));
        var providerVersion = makefile.Single(l => l.StartsWith("PROVIDER_VERSION", StringComparison.Ordinal)).Split("?=")[1].Trim();

        Assert.Equal(providerVersion, File.ReadAllText(Path.Combine(SdkFolder, "version.txt")).Trim());
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
