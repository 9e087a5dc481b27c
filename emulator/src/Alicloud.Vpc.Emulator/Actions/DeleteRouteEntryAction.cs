using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;

namespace Alicloud.Vpc.Emulator.Actions;

/// <summary>
/// By RouteEntryId, or RouteTableId + DestinationCidrBlock [+ NextHopId]. Available custom entries only; Deleting → gone.
/// Strict rules: not while another entry of the table changes (A3/A4, TaskConflict).
/// </summary>
internal sealed class DeleteRouteEntryAction : IApiAction
{
    public string Name => "DeleteRouteEntry";

    public bool IsMutating => true;

    public object Execute(RequestContext request, StateSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var p = request.Parameters;
        var regionId = ActionSupport.RegionId(request);
        var entryId = p.Optional("RouteEntryId");
        var cidr = p.Optional("DestinationCidrBlock");
        if (entryId is not null && cidr is not null)
        {
            throw ApiErrors.InvalidParameter("DestinationCidrBlock", "RouteEntryId and DestinationCidrBlock are mutually exclusive.");
        }

        var mine = session.Data.RouteEntries.Where(e => e.AccountId == request.AccountId && e.RegionId == regionId);
        RouteEntryEntity? entry;
        if (entryId is not null)
        {
            entry = mine.FirstOrDefault(e => e.RouteEntryId == entryId);
        }
        else
        {
            var tableId = p.Optional("RouteTableId") ?? throw ApiErrors.MissingParameter("RouteEntryId");
            var cidrBlock = cidr ?? throw ApiErrors.MissingParameter("DestinationCidrBlock");
            var nextHopId = p.Optional("NextHopId");
            entry = mine.FirstOrDefault(e => e.RouteTableId == tableId && e.DestinationCidrBlock == cidrBlock
                && (nextHopId is null || e.NextHops.Any(h => h.NextHopId == nextHopId)));
        }

        if (entry is null)
        {
            throw ApiErrors.InvalidRouteEntryNotFound();
        }

        if (entry.Type == "System")
        {
            throw ApiErrors.RouteEntryOperationDenied();
        }

        if (entry.Status != StatusNames.Available)
        {
            throw ApiErrors.IncorrectRouteEntryStatus();
        }

        if (session.Data.RouteTables.Find(t => t.RouteTableId == entry.RouteTableId) is { } table)
        {
            ActionSupport.EnsureRouteTableIdle(session, table);
        }

        ActionSupport.EnsureNotDryRun(request);
        session.Begin(entry, StatusNames.Deleting, null, TransitionNames.RouteEntryDeleting);
        entry.ModifiedTime = session.Now;
        return new { request.RequestId };
    }
}
