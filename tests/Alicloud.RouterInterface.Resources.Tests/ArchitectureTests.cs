using System.Text.RegularExpressions;

namespace Alicloud.RouterInterface.Resources.Tests;

/// <summary>
/// The layers of docs/architecture.md hold in the sources: protocol → resources → lifecycle → cloud client, and no
/// lower layer imports a higher one; the habits the analyzers enforce are switched on for every product project.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly (string Folder, int Rank)[] s_layers =
    [
        ("provider/src/Alicloud.RouterInterface.Provider/", 3),
        ("provider/src/Alicloud.RouterInterface.Resources/RouterInterface/", 2),
        ("provider/src/Alicloud.RouterInterface.Resources/Lifecycle/", 1),
        ("provider/src/Alicloud.RouterInterface.Resources/Abstractions/", 1),
        ("provider/src/Alicloud.RouterInterface.Resources/Properties/", 1),
        ("provider/src/Alicloud.Vpc.Client/", 0),
    ];

    private static readonly (string Namespace, int Rank)[] s_namespaces =
    [
        ("Alicloud.RouterInterface.Provider", 3),
        ("Alicloud.RouterInterface.Resources.RouterInterface", 2),
        ("Alicloud.RouterInterface.Resources.Lifecycle", 1),
        ("Alicloud.RouterInterface.Resources.Abstractions", 1),
        ("Alicloud.RouterInterface.Resources.Properties", 1),
        ("Alicloud.Vpc.Client", 0),
    ];

    [GeneratedRegex(@"\bAlicloud\.(?:RouterInterface\.(?:Provider|Resources\.(?:RouterInterface|Lifecycle|Abstractions|Properties))|Vpc\.Client)\b")]
    private static partial Regex Reference();

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PulumiRouterInterface.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory.FullName;
    }

    private static IEnumerable<(string Path, string Text)> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(Root(), p), File.ReadAllText(p)));

    /// <summary>References to namespaces of a higher layer than <paramref name="rank"/> (the file's own namespace line aside).</summary>
    public static IEnumerable<string> UpwardReferences(string source, int rank) =>
        source.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("namespace ", StringComparison.Ordinal))
            .SelectMany(line => Reference().Matches(line).Select(m => m.Value))
            .Where(ns => s_namespaces.Single(n => n.Namespace == ns).Rank > rank)
            .Distinct(StringComparer.Ordinal);

    [Fact]
    public void NoLowerLayer_ImportsAHigherOne()
    {
        var violations = s_layers
            .SelectMany(layer => Sources(layer.Folder).SelectMany(file => UpwardReferences(file.Text, layer.Rank).Select(ns => $"{file.Path} uses {ns}")))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void UpwardReferences_FindsAnImportOfAHigherLayer()
    {
        Assert.Equal(["Alicloud.RouterInterface.Resources.RouterInterface"], UpwardReferences("using Alicloud.RouterInterface.Resources.RouterInterface;\nnamespace Alicloud.RouterInterface.Resources.Lifecycle;", 1));
        Assert.Empty(UpwardReferences("using Alicloud.Vpc.Client.Errors;", 1));
    }

    [Fact]
    public void ProtocolLayer_KnowsNothingOfTheCloudClient()
    {
        var files = Sources("provider/src/Alicloud.RouterInterface.Provider/Protocol/").Concat(Sources("provider/src/Alicloud.RouterInterface.Provider/Hosting/"));

        Assert.Empty(files.Where(f => f.Text.Contains("Alicloud.Vpc.Client", StringComparison.Ordinal)).Select(f => f.Path));
    }

    [Fact]
    public void ResourceLayer_WaitsOnTheClockOnlyInTheRunnerAndTheSharedPoller()
    {
        var waiting = Sources("provider/src/Alicloud.RouterInterface.Resources/")
            .Where(f => f.Text.Contains("Task.Delay(", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f.Path))
            .Order(StringComparer.Ordinal);

        // issue 14: the runner, and the shared poller every read (status looks, route tables, route entries) rides on
        Assert.Equal(["OperationRunner.cs", "SharedPoller.cs"], waiting);
    }

    [Fact]
    public void NoProductFile_IsOver320Lines()
    {
        var long_ = Sources("provider/src/").Where(f => f.Text.Split('\n').Length > 321).Select(f => f.Path);

        Assert.Empty(long_);
    }

    [Fact]
    public void BannedApiAnalyzer_IsOnForProductProjects_WithTheClockAndSleepsBanned()
    {
        var props = File.ReadAllText(Path.Combine(Root(), "provider/src/Directory.Build.props"));
        var banned = File.ReadAllLines(Path.Combine(Root(), "BannedSymbols.txt"));

        Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", props, StringComparison.Ordinal);
        Assert.Contains("BannedSymbols.txt", props, StringComparison.Ordinal);
        foreach (var symbol in new[] { "P:System.DateTime.Now;", "P:System.DateTime.UtcNow;", "P:System.DateTimeOffset.Now;", "P:System.DateTimeOffset.UtcNow;", "M:System.Threading.Thread.Sleep(System.Int32);", "P:System.TimeProvider.System;" })
        {
            Assert.Contains(banned, l => l.StartsWith(symbol, StringComparison.Ordinal));
        }
    }
}
