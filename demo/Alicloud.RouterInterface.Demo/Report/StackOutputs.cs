using Alicloud.RouterInterface.Demo.Stack;
using Alicloud.Vpc.Client;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo.Report;

/// <summary>The stack's router interfaces as the cloud reports them after the up (the outputs of the acceptors predate the connection).</summary>
internal static class StackOutputs
{
    public static async Task WriteAsync(IAnsiConsole console, DemoStack stack, IVpcClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(client);
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var column in new[] { "Resource", "Region", "ID", "Status", "Charge", "Opposite end" })
        {
            table.AddColumn(column);
        }

        foreach (var member in stack.Members)
        {
            var region = stack.RegionOf(member);
            var info = await client.DescribeRouterInterfaceAsync(region, stack.IdOf(member.Name)!, cancellationToken);
            table.AddRow(
                Markup.Escape(member.Name),
                Markup.Escape(region),
                Markup.Escape(info?.RouterInterfaceId ?? "(gone)"),
                info?.Status == "Active" ? "[green]Active[/]" : Markup.Escape(info?.Status ?? ""),
                info?.ChargeType == "Prepaid" ? "[yellow]Prepaid[/]" : Markup.Escape(info?.ChargeType ?? ""),
                Markup.Escape(info?.OppositeInterfaceId ?? ""));
        }

        console.Write(table);
        console.WriteLine();
    }
}
