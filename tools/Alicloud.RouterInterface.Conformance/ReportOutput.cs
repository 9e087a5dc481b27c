namespace Alicloud.RouterInterface.Conformance;

/// <summary>
/// The report to <c>--report PATH</c> (written to a temporary file beside it, then renamed) with a summary of the
/// answers on stdout; without <c>--report</c> the JSON itself goes to stdout.
/// </summary>
internal static class ReportOutput
{
    public static async Task WriteAsync(ConformanceReport report, string? path, TextWriter stdout, ProgressLog progress)
    {
        var json = report.ToJson();
        if (path is null)
        {
            await stdout.WriteLineAsync(json);
            return;
        }

        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, json + Environment.NewLine);
        File.Move(temporary, full, overwrite: true);
        progress.Say("report written to " + full);
        foreach (var o in report.Observations)
        {
            await stdout.WriteLineAsync($"{o.Question,-4} {o.Variant ?? "-",-28} {o.Answer}");
        }

        if (report.EmulatorArgs.Count > 0)
        {
            await stdout.WriteLineAsync("emulator: " + string.Join(' ', report.EmulatorArgs) + "   (or --variants-from " + path + ")");
        }

        if (report.LeftBehind.Count > 0)
        {
            await stdout.WriteLineAsync("LEFT BEHIND (run again to sweep): " + string.Join(", ", report.LeftBehind));
        }
    }
}
