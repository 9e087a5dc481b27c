using Alicloud.RouterInterface.Demo.Cloud;
using Alicloud.RouterInterface.Demo.Progress;
using Alicloud.RouterInterface.Demo.Stack;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Report;

/// <summary>One fact the demo promises about the end state, and whether it holds.</summary>
internal sealed record OutcomeFact(string Description, bool Holds);

/// <summary>
/// Checks the promised end state in the stack and in the cloud: everything deleted except the prepaid pair, which the
/// provider refused before changing anything (still Active), and no route entry left through the deleted pairs.
/// </summary>
internal sealed class OutcomeCheck(IVpcClient client)
{
    private const string PrepaidCode = "PrepaidInstance";

    /// <param name="ids">Resource name → router interface ID, as created by the up.</param>
    public async Task<IReadOnlyList<OutcomeFact>> RunAsync(DemoStack stack, OperationTracker destroy, IReadOnlyDictionary<string, string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(destroy);
        ArgumentNullException.ThrowIfNull(ids);
        var prepaid = PairPlan.All.Single(p => p.Role == PairRole.Prepaid);
        var rows = destroy.Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var deletable = PairPlan.All.Where(p => p != prepaid).SelectMany(p => new[] { p.AcceptorName, p.InitiatorName }).ToList();
        var refusal = destroy.DiagnosticsByResource("", "").Where(g => g.Name == prepaid.InitiatorName).SelectMany(g => g.Diagnostics);
        var kept = new[] { prepaid.AcceptorName, prepaid.InitiatorName };
        var inStack = stack.Initiators.State.Resources.Concat(stack.Acceptors.State.Resources).Select(r => r.Name).Order(StringComparer.Ordinal);

        var remaining = new List<(string Id, string Status)>();
        var customRoutes = 0;
        foreach (var site in stack.InitiatorSites.Values.Append(stack.AcceptorSite))
        {
            var filter = new Dictionary<string, IReadOnlyList<string>> { ["RouterId"] = [site.VRouterId] };
            // a row listed as Deleted is gone (B4: the API may list deleted interfaces for a while)
            remaining.AddRange((await client.ListRouterInterfacesAsync(site.RegionId, filter, cancellationToken))
                .Where(i => i.Status != "Deleted").Select(i => (i.RouterInterfaceId, i.Status)));
            customRoutes += (await client.DescribeRouteEntriesAsync(site.RegionId, site.RouteTableId, null, cancellationToken)).Count(e => e.Type != "System");
        }

        var prepaidIds = kept.Select(name => ids[name]).Order(StringComparer.Ordinal).ToList();
        return
        [
            new($"the routed and draining pairs are deleted ({string.Join(", ", deletable)})", deletable.All(n => rows[n].State == RowState.Succeeded)),
            new($"{prepaid.InitiatorName} was refused with {PrepaidCode}", rows[prepaid.InitiatorName].State == RowState.Failed && refusal.Any(d => d.Message.Contains(PrepaidCode, StringComparison.Ordinal))),
            new($"{prepaid.AcceptorName} was left alone (its initiator still depends on it)", rows[prepaid.AcceptorName].State == RowState.Skipped),
            new("the stack keeps exactly the prepaid pair", inStack.SequenceEqual(kept.Order(StringComparer.Ordinal), StringComparer.Ordinal)),
            new($"in the cloud only the prepaid pair's interfaces remain ({string.Join(", ", prepaidIds)})", remaining.Select(r => r.Id).Order(StringComparer.Ordinal).SequenceEqual(prepaidIds, StringComparer.Ordinal)),
            new("nothing about the prepaid pair was changed: both ends are still Active", remaining.Count == 2 && remaining.All(r => r.Status == "Active")),
            new("no custom route entry is left in either route table (force removed the two through the routed pair)", customRoutes == 0),
        ];
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<OutcomeFact> facts)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            console.MarkupLine(fact.Holds ? $"  [green]✔[/] {Markup.Escape(fact.Description)}" : $"  [red]✘ {Markup.Escape(fact.Description)}[/]");
        }

        console.WriteLine();
    }
}
