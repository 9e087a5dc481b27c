using System.Globalization;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Progress;

/// <summary>The words and colours of a resource row, shared by the live table and the line-by-line display.</summary>
internal static class RowText
{
    private static readonly string[] s_spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";

    public static string WholeSeconds(TimeSpan duration) => ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";

    public static string Spinner(TimeSpan elapsed) => s_spinner[(int)(elapsed.TotalMilliseconds / 100) % s_spinner.Length];

    /// <summary>The Status column as plain text: "deleting… (3s)", "deleted (8.1s)", "**deleting failed**".</summary>
    public static string Status(RowView row, OperationVerb verb) => row.State switch
    {
        RowState.Pending => "pending",
        RowState.Running => $"{verb.Running}… ({WholeSeconds(row.Elapsed)})",
        RowState.Succeeded => $"{verb.Done} ({Seconds(row.Elapsed)})",
        RowState.Failed => $"**{verb.Failed}**",
        _ => "skipped",
    };

    public static string StatusMarkup(RowView row, OperationVerb verb, TimeSpan clock)
    {
        var text = Markup.Escape(Status(row, verb));
        return row.State switch
        {
            RowState.Pending => $"[grey]{text}[/]",
            RowState.Running => $"[yellow]{Spinner(clock)} {text}[/]",
            RowState.Succeeded => $"[green]{text}[/]",
            RowState.Failed => $"[bold red]{text}[/]",
            _ => $"[grey]{text}[/]",
        };
    }

    /// <summary>The Info column: the live status line while running, else the diagnostic counts ("1 error", "2 messages").</summary>
    public static string Info(RowView row)
    {
        if (row.State == RowState.Running)
        {
            return row.Status ?? "";
        }

        var parts = new List<string>();
        AddCount(parts, row.Errors, "error");
        AddCount(parts, row.Warnings, "warning");
        AddCount(parts, row.Messages, "message");
        if (row.Note is not null)
        {
            parts.Add(row.Note);
        }

        return string.Join(", ", parts);
    }

    public static string InfoMarkup(RowView row)
    {
        var text = Markup.Escape(Info(row));
        return row.State == RowState.Running ? $"[grey]{text}[/]" : row.Errors > 0 ? $"[red]{text}[/]" : row.Warnings > 0 ? $"[yellow]{text}[/]" : text;
    }

    private static void AddCount(List<string> parts, int count, string noun)
    {
        if (count > 0)
        {
            parts.Add(count == 1 ? $"1 {noun}" : $"{count} {noun}s");
        }
    }
}
