using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Demo.Progress;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Report;

/// <summary>One part of the run: how long it took and which OpenAPI calls it made.</summary>
internal sealed record RunPart(string Title, TimeSpan Duration, ApiCalls Calls);

/// <summary>The summary: a column per part of the run, a row per OpenAPI action (calls, refused in parentheses).</summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<RunPart> parts)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(parts);
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        table.AddColumn("");
        foreach (var part in parts)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(part.Title)}[/]").RightAligned());
        }

        table.AddRow(["[bold]time[/]", .. parts.Select(p => RowText.Seconds(p.Duration))]);
        table.AddRow(["[bold]API calls[/]", .. parts.Select(p => $"[bold]{p.Calls.Total}[/]")]);
        var actions = parts.SelectMany(p => p.Calls.ByAction.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            table.AddRow([$"  {action}", .. parts.Select(p => Cell(p.Calls, action))]);
        }

        console.Write(table);
        console.MarkupLine("[grey]Counted from the emulator's request log; (n refused) = answered with an error code, e.g. a delete refused while an end is still moving.[/]");
        console.WriteLine();
    }

    private static string Cell(ApiCalls calls, string action) =>
        calls.ByAction.TryGetValue(action, out var counts)
            ? counts.Refused == 0 ? $"{counts.Calls}" : $"{counts.Calls} [grey]({counts.Refused} refused)[/]"
            : "[grey]–[/]";
}
