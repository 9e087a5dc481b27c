using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Docs;

/// <summary>
/// docs/architecture.md names only what exists: every code-styled name is a type of ours (and, written
/// <c>Type.Member</c>, a member of it), a name the cloud or the engine uses that our sources spell as a string (an
/// API action, a status, an error or diagnostic code), an RPC of the engine protocol (provider/proto), or one of a few
/// names from outside (the .NET clock types, the VERSION file). A renamed or removed type makes the doc fail here instead of quietly going stale.
/// </summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly HashSet<string> s_fromOutside = ["TimeProvider", "FakeTimeProvider", "VERSION", "Engine.Log"];

    private static readonly string[] s_sourceRoots = ["provider", "emulator", "testing", "tests", "tools", "bench", "demo", "sdk"];

    [Fact]
    public void EveryNameItWrites_Exists()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var sources = s_sourceRoots
            .Select(root => Path.Combine(RepoPaths.Root, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .Select(File.ReadAllText)
            .ToList();
        var types = sources.SelectMany(text => Declaration().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var rpcs = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "provider", "proto"), "*.proto", SearchOption.AllDirectories)
            .SelectMany(path => Rpc().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value));
        types.UnionWith(rpcs);
        var names = CodeName().Matches(doc).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(names);

        var missing = names.Where(name => !Exists(name, types, sources)).ToList();

        Assert.True(missing.Count == 0, "docs/architecture.md names what no source has: " + string.Join(", ", missing));
    }

    private static bool Exists(string name, HashSet<string> types, List<string> sources)
    {
        if (s_fromOutside.Contains(name) || sources.Any(text => text.Contains($"\"{name}\"", StringComparison.Ordinal)))
        {
            return true;
        }

        var parts = name.Split('.');
        if (!types.Contains(parts[0]))
        {
            return false;
        }

        // Type.Member: a file declaring the type also declares the member.
        return parts.Length == 1 || sources.Any(text =>
            Regex.IsMatch(text, $@"\b(class|record|interface|enum|struct) {parts[0]}\b")
            && Regex.IsMatch(text, $@"\b{Regex.Escape(parts[^1])}\b\s*(\(|\{{|=|;|<|,)"));
    }

    [GeneratedRegex(@"^\s*rpc ([A-Z][A-Za-z0-9]*)", RegexOptions.Multiline)]
    private static partial Regex Rpc();

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct) ([A-Z][A-Za-z0-9]*)")]
    private static partial Regex Declaration();

    // A code-styled name: `OperationRunner`, `DeletePlanner.Decide`, `Forbbiden.InvaildOwner` (not paths or commands).
    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)`")]
    private static partial Regex CodeName();
}
