using System.CommandLine;
using Alicloud.RouterInterface.Bench;
using Alicloud.RouterInterface.Testing;

var bin = new Option<string>("--bin") { Description = "Folder with the built plugin and emulator (make build).", DefaultValueFactory = _ => RepoPaths.Bin };
var scenarios = new Option<string[]>("--scenario")
{
    Description = $"Scenario(s) to run (repeatable; default all): {string.Join(", ", Scenarios.Names)}.",
    AllowMultipleArgumentsPerToken = true,
};
var quick = new Option<bool>("--quick") { Description = "Smaller fleets of the same shapes and 5 plugin launches (a smoke run)." };
var skipTerraform = new Option<bool>("--skip-terraform") { Description = "Do not run the Terraform legacy replay." };
var launches = new Option<int?>("--start-launches") { Description = "Plugin launches for the start-time median (default 20, quick 5; 0 = skip)." };
var dump = new Option<bool>("--dump-requests") { Description = "Also write each measured phase's emulator request log next to the results." };
var verbose = new Option<bool>("--plugin-verbose") { Description = "Destroy plugins run with -v=1; their memory figures at stop go into the JSON." };
var results = new Option<string>("--results") { Description = "Folder for <date>.json.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "bench", "results") };

var root = new RootCommand("Fleet teardown benchmark: the plugin's destroy against the emulator, side by side with a Terraform legacy replay.")
{
    bin, scenarios, quick, skipTerraform, launches, results, dump, verbose,
};
root.SetAction(async (parse, cancellationToken) =>
{
    BenchSettings settings;
    try
    {
        var isQuick = parse.GetValue(quick);
        settings = new BenchSettings
        {
            BinDirectory = Path.GetFullPath(parse.GetValue(bin)!),
            Scenarios = Scenarios.Select(parse.GetValue(scenarios) ?? [], isQuick),
            ResultsDirectory = Path.GetFullPath(parse.GetValue(results)!),
            Quick = isQuick,
            SkipTerraform = parse.GetValue(skipTerraform),
            StartLaunches = parse.GetValue(launches) ?? (isQuick ? 5 : 20),
            DumpRequests = parse.GetValue(dump),
            PluginVerbose = parse.GetValue(verbose),
        };
    }
    catch (ArgumentException error)
    {
        await Console.Error.WriteLineAsync("bench: " + error.Message);
        return 2;
    }

    var report = await new BenchRunner(settings, Console.Error).RunAsync(cancellationToken);
    await Console.Out.WriteLineAsync(report.ToMarkdown()); // allowed: the bench prints its Markdown table (progress goes to stderr)
    return report.Scenarios.All(s => s.Ours.Succeeded) ? 0 : 1;
});

return await root.Parse(args).InvokeAsync();
