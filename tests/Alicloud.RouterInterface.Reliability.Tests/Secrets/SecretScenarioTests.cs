using System.Text.Json;
using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.Vpc.Client.Models;
using Google.Protobuf.WellKnownTypes;
using Xunit.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Secrets;

/// <summary>
/// Every engine operation, with refusals and errors, run with recognisable credentials (an STS key: AccessKeyId,
/// secret and token) and the plugin at full verbosity; then everything the plugin produced and everything the
/// emulator recorded is scanned for them (the rule is in <see cref="LeakScanner"/>), and a secret input is checked to
/// stay secret in the outputs and the state.
/// </summary>
public sealed class SecretScenarioTests(ITestOutputHelper output)
{
    private const string PrivateInput = "PRIVATE-INPUT-5f4dcc3b5aa765d61d8327deb882cf99";

    [Fact]
    public async Task EveryOperation_WithRecognisableCredentials_LeaksNothing()
    {
        using var deadline = TestBounds.Start(TimeSpan.FromMinutes(6));
        var token = deadline.Token;
        var leaks = new LeakScanner();
        var operations = new List<(string Label, OperationResult Result)>();
        await using var cloud = await Cloud.StartAsync(seed: 5, stateFile: null, token);
        var verbose = new PulumiEngineOptions { PluginArguments = ["-v=9", "--logtostderr"], ContinueOnError = true };
        await using var engine = await Stacks.StartAsync(cloud.Emulator.Endpoint, LeakCheckKeys.Sts, token, verbose);
        var vpcA = await cloud.CreateVpcAsync("10.0.0.0/16", token);
        var vpcB = await cloud.CreateVpcAsync("10.1.0.0/16", token);
        var vpcC = await cloud.CreateVpcAsync("10.2.0.0/16", token);

        var acceptor = new ResourceDeclaration(RouterInterfaceInputs.Token, "acceptor", RouterInterfaceInputs.Acceptor(vpcB.VRouterId, vpcA.VRouterId, "acceptor", force: false));
        var secretInputs = RouterInterfaceInputs.Single(vpcC.VRouterId, "secretive", force: false, prepaid: false);
        secretInputs.Fields["description"] = PropertyValues.Secret(PrivateInput);
        var secretive = new ResourceDeclaration(RouterInterfaceInputs.Token, "secretive", secretInputs);
        var prepaid = new ResourceDeclaration(RouterInterfaceInputs.Token, "prepaid", RouterInterfaceInputs.Single(vpcC.VRouterId, "prepaid", force: false, prepaid: true));

        operations.Add(("preview", await engine.PreviewAsync(new StackProgram(acceptor, secretive, prepaid), token)));
        operations.Add(("up 1", await engine.UpAsync(new StackProgram(acceptor, secretive, prepaid), cancellationToken: token)));
        var initiator = new ResourceDeclaration(
            RouterInterfaceInputs.Token,
            "initiator",
            RouterInterfaceInputs.Initiator(vpcA.VRouterId, vpcB.VRouterId, Stacks.IdOf(engine, "acceptor"), "initiator", force: false, connect: true, prepaid: false))
        {
            DependsOn = ["acceptor"],
        };
        var program = new StackProgram(acceptor, secretive, prepaid, initiator);
        operations.Add(("up 2 (connect)", await engine.UpAsync(program, cancellationToken: token)));
        operations.Add(("up 3 (no change)", await engine.UpAsync(program, cancellationToken: token)));
        operations.Add(("refresh", await engine.RefreshAsync(token)));

        // the secret input as the state holds it (checked at the end, after the destroys removed it)
        var stored = engine.State.Find("secretive")!;
        var outside = await cloud.Setup.CreateRouterInterfaceAsync(
            new CreateRouterInterfaceRequest { RegionId = Cloud.Region, Role = "InitiatingSide", RouterType = "VRouter", RouterId = vpcA.VRouterId, Spec = "Mini.2", OppositeRegionId = Cloud.Region, Name = "outside" },
            token);
        operations.Add(("import", await engine.ImportAsync(RouterInterfaceInputs.Token, "imported", outside, token)));

        // errors: permission refused on the describes; then refusals: a route entry on the pair (force false) and the prepaid interface
        await cloud.Admin.AddFaultAsync(new FaultRule { Action = "DescribeRouterInterfaces", Code = "Forbidden.RAM", HttpStatus = 403, Message = "User not authorized to operate on the specified resource." }, token);
        operations.Add(("destroy with errors", await engine.DestroyAsync(cancellationToken: token)));
        await cloud.Admin.ClearFaultsAsync(token);
        await cloud.AddRouteEntryAsync(vpcA.RouteTableId, "192.168.0.0/24", Stacks.IdOf(engine, "initiator"), token);
        operations.Add(("destroy with refusals", await engine.DestroyAsync(cancellationToken: token)));

        // a wrong secret: the emulator answers SignatureDoesNotMatch and echoes its string-to-sign (with the AccessKeyId)
        var wrong = await Stacks.StartAsync(cloud.Emulator.Endpoint, LeakCheckKeys.Sts with { AccessKeySecret = LeakCheckKeys.SecretMarker + "WRONG-0f1e2d" }, token, verbose);
        await using (wrong)
        {
            wrong.State.SetProvider(null);
            foreach (var resource in engine.State.Resources)
            {
                wrong.State.Upsert(resource);
            }

            operations.Add(("refresh with a wrong secret", await wrong.RefreshAsync(token)));
        }

        foreach (var (label, result) in operations)
        {
            leaks.ScanOperation(result, label);
            foreach (var outcome in result.Resources)
            {
                Assert.Empty(SecretPlacement.PlainOccurrences(outcome.Outputs, PrivateInput));
                Assert.Empty(SecretPlacement.PlainOccurrences(outcome.Inputs, PrivateInput));
            }

            foreach (var text in result.Logs.Select(l => l.Message).Concat(result.Errors).Concat(result.Resources.Select(r => r.Error ?? "")).Append(result.PluginStandardError))
            {
                Assert.DoesNotContain(PrivateInput, text, StringComparison.Ordinal);
            }
        }

        leaks.ScanState(engine.State, "final state");
        var requestLog = await cloud.AdminTextAsync("requests", token);
        leaks.ScanCloudText("emulator request log", requestLog);
        leaks.ScanPluginText("emulator request log without the identity fields", WithoutIdentity(requestLog));
        leaks.ScanCloudText("emulator stderr", cloud.Emulator.RecentOutput);

        Assert.True(PropertyValues.IsSecretProperty(stored.Outputs, "description"));
        Assert.True(PropertyValues.IsSecretProperty(stored.Inputs, "description"));
        Assert.Empty(SecretPlacement.PlainOccurrences(stored.Outputs, PrivateInput));
        AssertScenarioRan(operations);

        output.WriteLine($"SECRETS SUMMARY: {operations.Count} operations (preview, up, refresh, import, destroy with refusals and errors, a wrong secret), "
            + $"{leaks.Texts} texts scanned, {leaks.Leaks.Count} leaks");
        foreach (var leak in leaks.Leaks)
        {
            output.WriteLine($"LEAK {leak}");
        }

        Assert.Empty(leaks.Leaks);
    }

    /// <summary>The scenario did what it claims: ups succeeded, the destroy met a refusal and an error, the wrong secret failed.</summary>
    private static void AssertScenarioRan(List<(string Label, OperationResult Result)> operations)
    {
        var byLabel = operations.ToDictionary(o => o.Label, o => o.Result);
        Assert.True(byLabel["up 2 (connect)"].Succeeded, byLabel["up 2 (connect)"].ToString());
        Assert.True(byLabel["import"].Succeeded, byLabel["import"].ToString());
        Assert.Contains(byLabel["destroy with errors"].Failed, f => f.Error!.Contains("Forbidden.RAM", StringComparison.Ordinal));
        var refusals = byLabel["destroy with refusals"];
        Assert.Contains(refusals.Failed, f => f.Error!.StartsWith("PrepaidInstance:", StringComparison.Ordinal));
        Assert.Contains(refusals.Failed, f => f.Error!.StartsWith("RouteEntriesPresent:", StringComparison.Ordinal));
        var wrongSecret = byLabel["refresh with a wrong secret"];
        Assert.Contains(wrongSecret.Resources, r => r.Error?.Contains("SignatureDoesNotMatch", StringComparison.Ordinal) == true || r.Warnings.Any(w => w.Contains("SignatureDoesNotMatch", StringComparison.Ordinal)));
    }

    /// <summary>The request log minus the caller identity (record field and the AccessKeyId parameter), where the key may appear.</summary>
    private static string WithoutIdentity(string requestLog)
    {
        using var document = JsonDocument.Parse(requestLog);
        var records = document.RootElement.EnumerateArray().Select(record => new
        {
            action = record.GetProperty("action").GetString(),
            code = record.TryGetProperty("code", out var code) ? code.ToString() : null,
            parameters = record.GetProperty("parameters").EnumerateObject()
                .Where(p => p.Name != "AccessKeyId")
                .ToDictionary(p => p.Name, p => p.Value.GetString()),
        });
        return JsonSerializer.Serialize(records);
    }
}
