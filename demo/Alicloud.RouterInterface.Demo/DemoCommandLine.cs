using System.CommandLine;
using System.Runtime.InteropServices;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Demo;

/// <summary>Options, signal handling (first Ctrl-C or SIGTERM interrupts like the CLI and cleans up; a second one is not held back) and the exit code.</summary>
internal static class DemoCommandLine
{
    public const int ExitInterrupted = 130;

    public static async Task<int> InvokeAsync(string[] args)
    {
        var bin = new Option<string>("--bin")
        {
            Description = "The folder with pulumi-resource-alicloud-routerinterface and alicloud-vpc-emulator (`make build` fills bin/).",
            DefaultValueFactory = _ => RepoPaths.Bin,
        };
        var fast = new Option<bool>("--fast") { Description = "Shorter transitions in the emulator." };
        var noColor = new Option<bool>("--no-color") { Description = "No colours (a terminal still gets the live table)." };
        var csharp = new Option<bool>("--csharp") { Description = "Run examples/csharp as a real program through the Pulumi .NET SDK (needs the SDK feed in ../shared/nuget)." };
        var typescript = new Option<bool>("--typescript") { Description = "Run examples/typescript as a real program through the Node.js SDK (`make demo` builds it with npm ci and tsc)." };
        var root = new RootCommand("Plays `pulumi up` and `pulumi destroy` of a two-region router interface topology against the local emulator.")
        {
            bin, fast, noColor, csharp, typescript,
        };
        root.SetAction(async (parse, _) =>
        {
            var options = new DemoOptions
            {
                BinDirectory = Path.GetFullPath(parse.GetValue(bin)!),
                Fast = parse.GetValue(fast),
                NoColor = parse.GetValue(noColor) || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 },
            };
            using var interrupt = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Interrupt(context, interrupt));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Interrupt(context, interrupt));
            var (console, interactive) = DemoConsole.Create(options);
            if (parse.GetValue(csharp))
            {
                return await new DemoRun(options, console, interactive, TimeProvider.System).RunCSharpAsync(interrupt.Token);
            }

            if (parse.GetValue(typescript))
            {
                return await new DemoRun(options, console, interactive, TimeProvider.System).RunTypeScriptAsync(interrupt.Token);
            }

            return await new DemoRun(options, console, interactive, TimeProvider.System).RunAsync(interrupt.Token);
        });

        // Signals are handled above so the emulator and plugins are always shut down.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    private static void Interrupt(PosixSignalContext context, CancellationTokenSource interrupt)
    {
        if (interrupt.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        interrupt.Cancel();
    }
}
