using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;
using Pulumirpc;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>A stack of an example program (C# or TypeScript, the same pair) over two new routers, with its engine.</summary>
public sealed record ExampleStack(ProgramEngine Engine, Router Initiator, Router Acceptor) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}

/// <summary>What the example programs' end-to-end tests share: a configured stack, and a run described for the test output.</summary>
public static class ExampleProgramStacks
{
    /// <summary>
    /// A fresh stack of the example with the given engine options over a new router in each region, configured as a
    /// user configures it (<see cref="CSharpExample.Configure"/>: routers, regions, the emulator, the credentials as secrets).
    /// </summary>
    public static async Task<ExampleStack> StartAsync(FastEmulatorFixture fixture, ProgramEngineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var initiatorRouter = await fixture.Cloud.NewRouterAsync(Regions.Home, cancellationToken);
        var acceptorRouter = await fixture.Cloud.NewRouterAsync(Regions.Remote, cancellationToken);
        var engine = await ProgramEngine.StartAsync(options, cancellationToken);
        CSharpExample.Configure(
            engine, (initiatorRouter.RegionId, initiatorRouter.RouterId), (acceptorRouter.RegionId, acceptorRouter.RouterId), fixture.Emulator.Endpoint, EmulatorCredentials.Dev);
        return new ExampleStack(engine, initiatorRouter, acceptorRouter);
    }

    /// <summary>The outcome, the program's exit code and output, and the engine's non-debug logs.</summary>
    public static string Describe(ProgramRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{result}\nprogram exit {result.ProgramExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}\n" +
            $"program stdout:\n{result.ProgramStandardOutput}\nprogram stderr:\n{result.ProgramStandardError}\n" +
            string.Join('\n', result.Logs.Where(l => !l.Ephemeral && l.Severity != LogSeverity.Debug).Select(l => $"{l.Severity} {Urns.NameOf(l.Urn)}: {l.Message}"));
    }
}
