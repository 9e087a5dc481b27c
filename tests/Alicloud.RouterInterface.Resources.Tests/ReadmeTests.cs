using Alicloud.RouterInterface.Resources.RouterInterface.Delete;
using System.Reflection;
using Alicloud.RouterInterface.Resources.Lifecycle;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Resources.Tests;

/// <summary>The README's "Delete behaviour and diagnostics" section documents every code the provider can answer with.</summary>
public sealed class ReadmeTests
{
    private static string DeleteSection()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PulumiRouterInterface.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md"));
        var start = readme.IndexOf("<!-- section:delete-behaviour", StringComparison.Ordinal);
        Assert.True(start >= 0, "the delete-behaviour marker is missing");
        var end = readme.IndexOf("<!-- section:", start + 10, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static IEnumerable<string> TableRows(string section) =>
        section.Split('\n').Where(l => l.StartsWith('|'));

    public static TheoryData<string> ProviderCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    public static TheoryData<string> SeedApiCodes() => [.. ApiCodes.All.Where(e => e.DeleteExpressConnectRow).Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(ProviderCodes))]
    public void DeleteSection_ProviderCode_HasATableRow(string code)
    {
        Assert.Contains(TableRows(DeleteSection()), row => row.Contains($"`{code}`", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedApiCodes))]
    public void DeleteSection_SeedErrorCode_HasARowWithItsHttpStatus(string code)
    {
        var entry = ApiCodes.Find(code)!;

        Assert.Contains(TableRows(DeleteSection()), row => row.StartsWith($"| {entry.HttpStatus} | `{code}` |", StringComparison.Ordinal));
    }

    [Fact]
    public void DeleteSection_EveryApiCodeRow_IsARowOfTheTable()
    {
        var rows = TableRows(DeleteSection()).Where(r => r.Length > 6 && char.IsAsciiDigit(r[2]));
        Assert.All(rows, row =>
        {
            var code = row.Split('`')[1];
            Assert.True(ApiCodes.Find(code) is { DeleteExpressConnectRow: true } entry && row.StartsWith($"| {entry.HttpStatus} |", StringComparison.Ordinal),
                $"README row for {code} has no matching row in ApiCodes");
        });
    }

    [Fact]
    public void DeleteSection_OptionDefaults_MatchTheCode()
    {
        var section = DeleteSection();
        var defaults = new LifecycleOptions();

        Assert.Contains($"| `FirstPollDelay` | {defaults.FirstPollDelay.TotalMilliseconds:0} ms |", section, StringComparison.Ordinal);
        Assert.Contains($"| `MaxPollDelay` | {defaults.MaxPollDelay.TotalSeconds:0} s |", section, StringComparison.Ordinal);
        Assert.Contains($"| `MinPollInterval` | {defaults.MinPollInterval.TotalMilliseconds:0} ms |", section, StringComparison.Ordinal);
        Assert.Contains($"| `PollBatchWindow` | {defaults.PollBatchWindow.TotalMilliseconds:0} ms |", section, StringComparison.Ordinal);
        Assert.Contains($"| `IdsPerDescribe` | {defaults.IdsPerDescribe} |", section, StringComparison.Ordinal);
        Assert.Contains($"| `MaxOutcomeUnknownAttempts` | {DeletePlanner.MaxOutcomeUnknownAttempts} |", section, StringComparison.Ordinal);
        Assert.Contains($"else {defaults.DeleteTimeout.TotalMinutes:0} minutes", section, StringComparison.Ordinal);
        Assert.Contains($"tables are kept for {defaults.RouteTableCacheTime.TotalMinutes:0} minutes", section, StringComparison.Ordinal);
    }
}
