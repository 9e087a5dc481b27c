using Alicloud.RouterInterface.Demo.Programs;
using Alicloud.RouterInterface.Testing.Monitor;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.TypeScript;

/// <summary>
/// <c>make demo DEMO_FLAGS=--typescript</c>: the TypeScript example (<c>examples/typescript</c>, on <c>sdk/nodejs</c> and
/// the real <c>@pulumi/pulumi</c>) started as the Node.js language host starts a program, through the same scenario
/// as the C# variant (<see cref="PairProgramScenario"/>). Needs <c>make nodejs</c> (npm ci and tsc); the Makefile's
/// demo target runs it for this flag.
/// </summary>
internal sealed class TypeScriptDemoRun(DemoOptions options, IAnsiConsole console, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (TypeScriptExample.AbsentReason is { } reason)
        {
            console.MarkupLine($"[red]error:[/] the TypeScript variant runs examples/typescript, which is not built: {Markup.Escape(reason)}");
            return DemoRun.ExitSetup;
        }

        var scenario = new PairProgramScenario(options, console, time);
        return await scenario.RunAsync("the TypeScript example through the Node.js SDK", async ct =>
        {
            var example = await TypeScriptExample.LocateAsync(ct);
            scenario.Done($"{TypeScriptExample.ProjectFolder}: node {example.RunModule} (the Node.js language host's run module)");
            return stack => example.EngineOptions(stack, options.PluginBinary);
        }, cancellationToken);
    }
}
