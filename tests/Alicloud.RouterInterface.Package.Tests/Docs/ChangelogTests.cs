using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Docs;

/// <summary>
/// CHANGELOG.md as Keep a Changelog 1.1.0 lays it out (keepachangelog.com): per version, only the six kinds of
/// change, each at most once and in the format's order, and no entry written twice.
/// </summary>
public sealed partial class ChangelogTests
{
    private static readonly string[] s_kinds = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];

    private static IReadOnlyList<(string Version, string Body)> Versions()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = text.Split("\n## ");
        return parts.Skip(1).Select(p => (p[..p.IndexOf('\n', StringComparison.Ordinal)], p)).ToList();
    }

    [Fact]
    public void EveryVersion_HasOnlyTheFormatsKinds_EachOnceInOrder()
    {
        var versions = Versions();
        Assert.NotEmpty(versions);
        Assert.Equal("[Unreleased]", versions[0].Version);
        foreach (var (version, body) in versions)
        {
            var kinds = KindHeading().Matches(body).Select(m => m.Groups[1].Value).ToList();
            Assert.All(kinds, kind => Assert.Contains(kind, s_kinds));
            Assert.Equal(kinds.Distinct().Count(), kinds.Count);
            Assert.Equal(kinds.OrderBy(k => Array.IndexOf(s_kinds, k)), kinds);
        }
    }

    [Fact]
    public void NoEntry_IsWrittenTwice()
    {
        var entries = Versions()
            .SelectMany(v => Entry().Matches(v.Body).Select(m => m.Value.Trim()))
            .ToList();
        Assert.NotEmpty(entries);
        var twice = entries.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => g.Key[..Math.Min(80, g.Key.Length)]);
        Assert.Empty(twice);
    }

    [GeneratedRegex(@"^### (.+)$", RegexOptions.Multiline)]
    private static partial Regex KindHeading();

    // An entry is a bullet and its indented continuation lines.
    [GeneratedRegex(@"^- .*(\n  .*)*", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
