using System.Xml.Linq;

namespace Alicloud.RouterInterface.Resources.Tests;

/// <summary>The project graph: shared support lives outside tests/, so only test projects reference anything in it.</summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void OnlyTestProjects_ReferenceProjectsUnderTests()
    {
        var root = Root();
        var offenders = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(root, p))
            .Where(p => !p.StartsWith("tests/", StringComparison.Ordinal))
            .SelectMany(project => References(root, project)
                .Where(reference => reference.StartsWith("tests/", StringComparison.Ordinal))
                .Select(reference => $"{project} → {reference}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Outside tests/, projects reference test projects: " + string.Join("; ", offenders));
    }

    private static IEnumerable<string> References(string root, string project)
    {
        var folder = Path.GetDirectoryName(Path.Combine(root, project))!;
        return XDocument.Load(Path.Combine(root, project)).Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')))));
    }
}
