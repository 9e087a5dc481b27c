using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alicloud.RouterInterface.Demo.Progress;

/// <summary>
/// Shows a command while it runs, like the CLI: on a terminal a live table (rows with operation, status and the latest
/// status line, plus the last few status lines), otherwise one line per event so logs and tests can read it.
/// </summary>
internal sealed class OperationView(IAnsiConsole console, bool interactive, DemoOptions options, TimeProvider time)
{
    public const string StackType = "pulumi:pulumi:Stack";

    public async Task RunAsync(OperationTracker tracker, string stackName, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(operation);
        console.MarkupLine($"[bold]{tracker.Verb.Header}[/] [grey]({Markup.Escape(stackName)})[/]");
        console.WriteLine();
        var work = Task.Run(operation);
        if (interactive)
        {
            // The live area (table and recent status lines) is cleared at the end and the final table printed once,
            // so the transcript keeps no blank status area.
            await console.Live(Table(tracker, stackName))
                .AutoClear(true)
                .Overflow(VerticalOverflow.Ellipsis)
                .StartAsync(async context =>
                {
                    while (!work.IsCompleted)
                    {
                        tracker.Poll();
                        context.UpdateTarget(Table(tracker, stackName));
                        await PauseAsync(work);
                    }

                });
            tracker.End();
            console.Write(Table(tracker, stackName));
        }
        else
        {
            var width = tracker.Rows.Max(r => r.Name.Length);
            while (!work.IsCompleted)
            {
                tracker.Poll();
                WriteEvents(tracker, width);
                await PauseAsync(work);
            }

            tracker.End();
            WriteEvents(tracker, width);
        }

        await work;
        console.WriteLine();
    }

    private Task PauseAsync(Task work) =>
        // Bounded by the refresh interval; the operation's own token governs cancellation.
        Task.WhenAny(work, Task.Delay(options.RefreshInterval, time, CancellationToken.None));

    private void WriteEvents(OperationTracker tracker, int width)
    {
        foreach (var item in tracker.TakeEvents())
        {
            var name = Markup.Escape(item.Row.Name.PadRight(width));
            var symbol = tracker.Verb.Symbol;
            switch (item.Kind)
            {
                case ProgressEventKind.Started:
                    console.MarkupLine($" {symbol}  {name}  [yellow]{tracker.Verb.Running}…[/]");
                    break;
                case ProgressEventKind.Status:
                    console.MarkupLine($"    {name}  [grey]{Markup.Escape(item.Text ?? "")}[/]");
                    break;
                default:
                    var info = RowText.Info(item.Row);
                    console.MarkupLine($" {symbol}  {name}  {RowText.StatusMarkup(item.Row, tracker.Verb, TimeSpan.Zero)}"
                        + (info.Length == 0 ? "" : $"  {RowText.InfoMarkup(item.Row)}"));
                    break;
            }
        }
    }

    private IRenderable Table(OperationTracker tracker, string stackName)
    {
        var verb = tracker.Verb;
        var clock = tracker.Elapsed;
        var rows = tracker.Rows;
        var table = new Table().Border(TableBorder.None).HideRowSeparators();
        // Only Info wraps: the other columns keep their width as statuses change.
        table.AddColumn(new TableColumn("").PadRight(1).NoWrap());
        table.AddColumn(new TableColumn("[grey]Type[/]").NoWrap());
        table.AddColumn(new TableColumn("[grey]Name[/]").NoWrap());
        table.AddColumn(new TableColumn("[grey]Status[/]").NoWrap());
        table.AddColumn(new TableColumn("[grey]Info[/]"));
        table.AddRow(verb.Symbol, StackType, Markup.Escape(stackName), StackStatus(tracker, rows), "");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var branch = i == rows.Count - 1 ? "└─ " : "├─ ";
            var symbol = row.State == RowState.Pending ? $"[grey]{verb.Symbol}[/]" : row.State == RowState.Failed ? $"[red]{verb.Symbol}[/]" : verb.Symbol;
            table.AddRow(symbol, $"[grey]{branch}[/]{Markup.Escape(row.Type)}", Markup.Escape(row.Name), RowText.StatusMarkup(row, verb, clock), RowText.InfoMarkup(row));
        }

        if (tracker.IsFinished)
        {
            return table;
        }

        // A fixed height: the recent status lines under the table, padded, so the live area never changes shape.
        var recent = tracker.RecentStatus;
        var area = new Grid().AddColumn(new GridColumn().NoWrap());
        area.AddRow(table);
        area.AddRow(new Markup($"[grey]  {Markup.Escape(tracker.Verb.Running)}: latest status lines[/]"));
        foreach (var line in recent.Concat(Enumerable.Repeat("", Math.Max(0, options.RecentStatusLines - recent.Count))))
        {
            area.AddRow(new Text("    " + line, new Style(Color.Grey)).Overflow(Overflow.Ellipsis));
        }

        return area;
    }

    private static string StackStatus(OperationTracker tracker, IReadOnlyList<RowView> rows)
    {
        if (!tracker.IsFinished)
        {
            return $"[yellow]{RowText.Spinner(tracker.Elapsed)} running…[/]";
        }

        return rows.Any(r => r.State is RowState.Failed or RowState.Skipped)
            ? "[bold red]**failed**[/]"
            : $"[green]{tracker.Verb.Done}[/]";
    }
}
