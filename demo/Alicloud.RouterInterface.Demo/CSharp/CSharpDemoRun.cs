using Alicloud.RouterInterface.Demo.Programs;
using Alicloud.RouterInterface.Testing.Dotnet;
using Alicloud.RouterInterface.Testing.Monitor;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.CSharp;

/// <summary>
/// <c>make demo DEMO_FLAGS=--csharp</c>: the C# example (<c>examples/csharp</c>) compiled against the Pulumi .NET SDK
/// and run as a real program, the harness serving its resource monitor and engine: <c>pulumi up</c>, a no-op up, an
/// in-place update, a route through the pair, <c>pulumi destroy</c>; then a prepaid stack of the same program whose
/// destroy is refused. Needs the SDK feed (<c>../shared/nuget</c>); without it, says how to get one.
/// </summary>
internal sealed class CSharpDemoRun(DemoOptions options, IAnsiConsole console, TimeProvider time)
{
    /// <summary>Bound on compiling the SDK and the example (restore included) on a busy machine.</summary>
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(6);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (PulumiSdkFeed.Locate() is not { } feed)
        {
            console.MarkupLine($"[red]error:[/] the C# variant runs examples/csharp against the Pulumi .NET SDK, which is not available: {Markup.Escape(PulumiSdkFeed.AbsentReason ?? "")}");
            console.MarkupLine("  Put a NuGet feed with the [bold]Pulumi[/] package (3.x for net8.0 or later) at "
                + $"[bold]{Markup.Escape(PulumiSdkFeed.DefaultDirectory)}[/]: `dotnet pack` of pulumi/pulumi-dotnet's sdk/Pulumi, "
                + "or `nuget install Pulumi -OutputDirectory` from nuget.org. Then run `make demo DEMO_FLAGS=--csharp` again.");
            return DemoRun.ExitSetup;
        }

        var scenario = new PairProgramScenario(options, console, time);
        using var built = new BuiltExample();
        return await scenario.RunAsync("the C# example through the Pulumi .NET SDK", async ct =>
        {
            console.MarkupLine($"[grey]building examples/csharp against Pulumi {Markup.Escape(feed.PulumiVersion)} from {Markup.Escape(feed.Directory)} …[/]");
            var example = built.Example = await CSharpExample.BuildAsync(feed, s_buildTimeout, ct);
            scenario.Done($"{example.Build.Command.Split(' ')[1]} {CSharpExample.ProjectFolder}: {example.Build.Elapsed.TotalSeconds:0.0} s");
            return stack => example.EngineOptions(stack, options.PluginBinary);
        }, cancellationToken);
    }

    /// <summary>The example's temporary copy, deleted when the run ends.</summary>
    private sealed class BuiltExample : IDisposable
    {
        public CSharpExample? Example { get; set; }

        public void Dispose() => Example?.Dispose();
    }
}
