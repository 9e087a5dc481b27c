using Alicloud.RouterInterface.Demo.Progress;
using Pulumirpc;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Report;

/// <summary>What the CLI prints after the progress table: "Diagnostics:" grouped per resource, "Resources:" and "Duration:".</summary>
internal static class CliSections
{
    public static void Write(IAnsiConsole console, bool interactive, OperationTracker tracker, string stackName)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(tracker);
        var groups = tracker.DiagnosticsByResource(OperationView.StackType, stackName);
        if (groups.Count > 0)
        {
            console.MarkupLine("[bold]Diagnostics:[/]");
            foreach (var (type, name, diagnostics) in groups)
            {
                console.MarkupLine($"  [bold]{Markup.Escape(type)}[/] ({Markup.Escape(name)}):");
                foreach (var diagnostic in diagnostics)
                {
                    var line = Prefix(diagnostic.Severity) + Markup.Escape(diagnostic.Message);
                    if (interactive)
                    {
                        // Padded so that wrapped lines stay under their resource.
                        console.Write(new Padder(new Markup(line), new Padding(4, 0, 0, 0)));
                    }
                    else
                    {
                        // One line per diagnostic, unwrapped, for logs and tools reading them.
                        console.Profile.Out.Writer.WriteLine("    " + Markup.Remove(line));
                    }
                }

                console.WriteLine();
            }
        }

        var rows = tracker.Rows;
        var verb = tracker.Verb;
        console.MarkupLine("[bold]Resources:[/]");
        var done = rows.Count(r => r.State == RowState.Succeeded);
        if (done > 0)
        {
            var colour = verb == OperationVerb.Create ? "green" : "red";
            console.MarkupLine($"    [{colour}]{verb.Symbol} {done} {verb.Done}[/]");
        }

        var failed = rows.Count(r => r.State == RowState.Failed);
        if (failed > 0)
        {
            console.MarkupLine($"    [red]{failed} failed[/]");
        }

        var untouched = rows.Count - done - failed;
        if (untouched > 0)
        {
            console.MarkupLine($"    {untouched} unchanged");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Duration:[/] {RowText.Seconds(tracker.Elapsed)}");
        console.WriteLine();
    }

    private static string Prefix(LogSeverity severity) => severity switch
    {
        LogSeverity.Error => "[red]error:[/] ",
        LogSeverity.Warning => "[yellow]warning:[/] ",
        LogSeverity.Debug => "[grey]debug:[/] ",
        _ => "",
    };
}
