using Alicloud.RouterInterface.Package.Tests.Schema;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Docs;

/// <summary>The README's configuration table and install line against schema.json, so the docs cannot drift either.</summary>
public sealed class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void ConfigurationTable_EveryConfigKey_HasARowWithItsFallbacksAndSecrecy()
    {
        var rows = Readme.Split('\n').Where(l => l.StartsWith("| `alicloud-routerinterface:", StringComparison.Ordinal)).ToList();

        foreach (var variable in PackageSchema.Repository.ConfigVariables.Values)
        {
            var row = Assert.Single(rows, r => r.StartsWith($"| `{PackageSchema.Repository.Name}:{variable.Name}`", StringComparison.Ordinal));
            Assert.All(variable.Environment, env => Assert.Contains($"`{env}`", row, StringComparison.Ordinal));
            Assert.Contains(variable.Secret ? "| yes |" : "| no |", row, StringComparison.Ordinal);
        }

        Assert.Equal(PackageSchema.Repository.ConfigVariables.Count, rows.Count);
    }

    [Fact]
    public void Installing_ShowsThePluginInstallCommandAndTarballName()
    {
        Assert.Contains("pulumi plugin install resource alicloud-routerinterface", Readme, StringComparison.Ordinal);
        Assert.Contains("pulumi-resource-alicloud-routerinterface-v<version>-linux-<amd64|arm64>.tar.gz", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonSection_EveryPropertyAndFunction_HasARow()
    {
        var start = Readme.IndexOf("## Compared with alicloud.expressconnect.RouterInterface", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no comparison section");
        var end = Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var rows = Readme[start..(end < 0 ? Readme.Length : end)].Split('\n').Where(l => l.StartsWith('|')).ToList();
        var resource = PackageSchema.Repository.Resources.Values.Single();

        foreach (var name in resource.Inputs.Keys.Union(resource.Outputs.Keys))
        {
            Assert.True(rows.Exists(r => r.Split('|')[2].Contains($"`{name}`", StringComparison.Ordinal)), $"no comparison row names `{name}` in the ours column");
        }

        Assert.Contains(rows, r => r.Contains("`getRouterInterfaces`", StringComparison.Ordinal));
    }

    [Fact]
    public void Development_ListsEveryPackageMakeTarget()
    {
        var makefile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Makefile"));

        foreach (var target in new[] { "dist", "install", "sdk", "schema", "test", "build", "demo" })
        {
            Assert.Contains($"\n{target}:", makefile, StringComparison.Ordinal);
            Assert.Contains($"| `make {target}` |", Readme, StringComparison.Ordinal);
        }
    }
}
