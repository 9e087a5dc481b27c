using System.Runtime.InteropServices;
using Alicloud.RouterInterface.Conformance;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Budget;
using Alicloud.Vpc.Client.Errors;
using Microsoft.Extensions.Logging;

// The composition root: the system clock, the process's signals, the provider's credential chain and client.
#pragma warning disable RS0030
var time = TimeProvider.System;
#pragma warning restore RS0030
ConformanceOptions options;
try
{
    options = ConformanceOptions.Parse(args);
}
catch (FormatException ex)
{
    await Console.Error.WriteLineAsync("alicloud-routerinterface-conformance: " + ex.Message);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(ConformanceOptions.Usage); // allowed: a command-line tool, not the plugin: usage is its answer
    return 0;
}

var progress = new ProgressLog(Console.Error, time);
ResolvedSettings own;
ResolvedSettings? opposite;
try
{
    var resolver = VpcClientSettingsResolver.ForCurrentProcess();
    own = resolver.Resolve(new VpcClientSettings { Region = options.Region, Endpoint = options.Endpoint });
    opposite = resolver.ResolveOpposite(new VpcClientSettings(), own);
}
catch (VpcClientConfigurationException ex)
{
    var option = ex.Setting == "endpoint" ? "--endpoint: " : "";
    await Console.Error.WriteLineAsync("alicloud-routerinterface-conformance: " + option + ex.Message);
    return 2;
}

foreach (var missing in own.Missing.Concat(opposite?.Missing ?? []))
{
    await Console.Error.WriteLineAsync($"alicloud-routerinterface-conformance: missing {missing.Name}: {missing.Description}");
}

if (!own.IsComplete || opposite is { IsComplete: false })
{
    return 2;
}

using var questions = new CancellationTokenSource();
using var cleanup = new CancellationTokenSource();
void Interrupt(string what)
{
    if (questions.IsCancellationRequested)
    {
        progress.Say($"{what} again: stopping the cleanup too (run again to sweep what is left)");
        cleanup.Cancel();
    }
    else
    {
        progress.Say($"{what}: stopping the questions, then cleaning up ({what} again stops the cleanup)");
        questions.Cancel();
    }
}

Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    Interrupt("Ctrl-C");
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    Interrupt("SIGTERM");
});

var recorder = new CallRecorder(time);
using var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(recorder));
// One call budget per account, as the provider keeps them (this process's own: no shared folder).
using var ownBudget = VpcClientFactory.CreateCallBudget(own, VpcQuotaOptions.Default, time, loggerFactory);
using var oppositeBudget = opposite is null ? null : VpcClientFactory.CreateCallBudget(opposite, VpcQuotaOptions.Default, time, loggerFactory);
var ownClient = VpcClientFactory.Create(own, VpcClientOptions.Default, time, loggerFactory, ownBudget);
var oppositeClient = opposite is null ? null : VpcClientFactory.Create(opposite, VpcClientOptions.Default, time, loggerFactory, oppositeBudget!);
var session = new ProbeSession(options, ownClient, oppositeClient, recorder, progress, time);
try
{
    if (!options.CreateBillableResources)
    {
        await ProbePlan.WriteAsync(session, Console.Out, questions.Token); // allowed: the plan is the answer of --plan
        return 0;
    }

    await using var ownDelete = new ProviderDelete(ownClient, oppositeClient, options.Region, time, loggerFactory, progress);
    await using var oppositeDelete = oppositeClient is null ? null : new ProviderDelete(oppositeClient, ownClient, options.Region, time, loggerFactory, progress);
    var report = new ConformanceReport { Region = options.Region, Endpoint = options.Endpoint, CreatedBillableResources = true, StartedAt = time.GetUtcNow() };
    var failed = false;
    try
    {
        await new ProbeRun(session, ownDelete, oppositeDelete).RunAsync(report, questions.Token, cleanup.Token);
    }
    catch (Exception ex) when (ex is ProbeException or AlibabaCloudException)
    {
        progress.Say("the run stopped: " + ex.Message);
        failed = true;
    }

    report.FinishedAt = time.GetUtcNow();
    await ReportOutput.WriteAsync(report, options.ReportPath, Console.Out, progress); // allowed: the report is the tool's answer
    return report.LeftBehind.Count > 0 || failed ? 1 : report.Interrupted ? 130 : 0;
}
catch (Exception ex) when (ex is ProbeException or AlibabaCloudException)
{
    await Console.Error.WriteLineAsync("alicloud-routerinterface-conformance: " + ex.Message);
    return 1;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("alicloud-routerinterface-conformance: interrupted");
    return 130;
}
