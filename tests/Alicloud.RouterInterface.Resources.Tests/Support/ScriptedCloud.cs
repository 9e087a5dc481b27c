using System.Collections.Concurrent;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Alicloud.RouterInterface.Resources.Tests.Support;

/// <summary>
/// A strict Moq <see cref="IVpcClient"/> backed by a small state table: interfaces whose transitional states end after
/// <see cref="TransitionTime"/> of fake time, route entries, and scripted faults per action. It answers with the
/// seed's error codes where the state can express them, so the delete's decisions meet realistic answers.
/// </summary>
internal sealed class ScriptedCloud
{
    /// <summary>PageSize of the region-wide DescribeRouteTableList (the client's default).</summary>
    public const int RouteTablePageSize = 50;

    private readonly FakeTimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Region, string Id), Entry> _interfaces = [];
    private readonly List<(string Region, RouteTableInfo Table)> _tables = [];
    private readonly List<(string Region, RouteEntryInfo Entry)> _routes = [];
    private readonly Dictionary<string, Queue<(AlibabaCloudException Error, bool Applied)>> _faults = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acceptedTokens = new(StringComparer.Ordinal);
    private int _created;

    public ScriptedCloud(FakeTimeProvider time)
    {
        _time = time;
        Mock = new Mock<IVpcClient>(MockBehavior.Strict);
        Setup();
    }

    public Mock<IVpcClient> Mock { get; }

    public IVpcClient Client => Mock.Object;

    public TimeSpan TransitionTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Describes fill OppositeInterfaceStatus from the opposite end (Deleted once it is gone), as the real API does.</summary>
    public bool ReportsOppositeStatus { get; set; }

    /// <summary>How long a created interface stays unlisted (eventual consistency).</summary>
    public TimeSpan CreateVisibleAfter { get; set; } = TimeSpan.Zero;

    /// <summary>Values of the RouterInterfaceId filter honoured per describe (0 = all); the rest silently dropped, as B6 allows.</summary>
    public int FilterValueCap { get; set; }

    /// <summary>The account DescribeVpcs reports as every VPC's OwnerId.</summary>
    public string AccountId { get; set; } = "1000000000000001";

    /// <summary>The requests of every CreateRouterInterface call.</summary>
    public ConcurrentQueue<CreateRouterInterfaceRequest> Creates { get; } = new();

    /// <summary>The RouterInterfaceId sets of every DescribeRouterInterfaces call, in order.</summary>
    public ConcurrentQueue<(string Region, string[] Ids)> Describes { get; } = new();

    /// <summary>The ClientToken of every DeleteExpressConnect call, in order.</summary>
    public ConcurrentQueue<string> DeleteTokens { get; } = new();

    public ScriptedCloud Add(RouterInterfaceInfo info)
    {
        lock (_gate)
        {
            _interfaces[(info.RegionId, info.RouterInterfaceId)] = new Entry(info);
        }

        return this;
    }

    /// <summary>An initiator in cn-hangzhou (router vrt-a) and an acceptor in cn-shanghai (router vrt-b), pointing at each other.</summary>
    public ScriptedCloud Pair(string status, string initiatorCharge = "AfterPay", string acceptorCharge = "AfterPay", string initiatorId = "ri-init", string acceptorId = "ri-acc")
    {
        Add(Interface(initiatorId, "cn-hangzhou", "vrt-a", RouterInterfaceRole.Initiator, status, initiatorCharge, acceptorId, "cn-shanghai", "vrt-b"));
        return Add(Interface(acceptorId, "cn-shanghai", "vrt-b", RouterInterfaceRole.Acceptor, status, acceptorCharge, initiatorId, "cn-hangzhou", "vrt-a"));
    }

    public static RouterInterfaceInfo Interface(
        string id, string region, string routerId, RouterInterfaceRole role, string status, string chargeType = "AfterPay",
        string oppositeId = "", string oppositeRegion = "", string oppositeRouterId = "") => new()
        {
            RouterInterfaceId = id,
            RegionId = region,
            RouterId = routerId,
            RouterType = "VRouter",
            Role = role == RouterInterfaceRole.Initiator ? "InitiatingSide" : "AcceptingSide",
            Spec = role == RouterInterfaceRole.Initiator ? "Mini.2" : "Negative",
            Status = status,
            ChargeType = chargeType,
            EndTime = chargeType == "AfterPay" ? "2999-09-08T16:00:00Z" : "2027-01-31T16:00:00Z",
            BusinessStatus = "Normal",
            Bandwidth = role == RouterInterfaceRole.Initiator ? 2 : 0,
            CreationTime = "2026-01-01T00:00:00Z",
            OppositeInterfaceId = oppositeId,
            OppositeRegionId = oppositeRegion,
            OppositeRouterId = oppositeRouterId,
            OppositeRouterType = oppositeRouterId.Length > 0 ? "VRouter" : "",
            VpcInstanceId = "vpc-" + routerId[4..],
        };

    /// <summary>A custom route in the system table of <paramref name="routerId"/> with next hop <paramref name="nextHopId"/>.</summary>
    public ScriptedCloud Route(string region, string routerId, string cidr, string nextHopId) => EcmpRoute(region, routerId, cidr, nextHopId);

    /// <summary>A custom route through every one of <paramref name="nextHopIds"/> (ECMP when more than one), listed as the API lists it.</summary>
    public ScriptedCloud EcmpRoute(string region, string routerId, string cidr, params string[] nextHopIds)
    {
        lock (_gate)
        {
            var tableId = "vtb-" + routerId[4..];
            if (!_tables.Any(t => t.Table.RouteTableId == tableId))
            {
                _tables.Add((region, new RouteTableInfo(tableId, "System", routerId, "VRouter", "vpc-" + routerId[4..], "Available")));
            }

            _routes.Add((region, new RouteEntryInfo("rte-" + (_routes.Count + 1), tableId, cidr, "Custom", "Available", "RouterInterface", nextHopIds[0])
            {
                NextHops = [.. nextHopIds.Select(id => new RouteNextHop("RouterInterface", id))],
            }));
        }

        return this;
    }

    /// <summary>A route table of <paramref name="routerId"/> without entries, listed after the tables made before it.</summary>
    public ScriptedCloud Table(string region, string routerId, string tableId)
    {
        lock (_gate)
        {
            _tables.Add((region, new RouteTableInfo(tableId, "Custom", routerId, "VRouter", "vpc-" + routerId[4..], "Available")));
        }

        return this;
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="action"/> fail with <paramref name="code"/>; with
    /// <paramref name="applied"/> the call takes effect first (an answer lost on the way back).
    /// </summary>
    public ScriptedCloud Fail(string action, string code, int times = 1, int httpStatus = 400, bool outcomeUnknown = false, bool applied = false)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(action, out var queue))
            {
                _faults[action] = queue = new Queue<(AlibabaCloudException, bool)>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((new AlibabaCloudException(action, code, $"scripted {code}", httpStatus, $"REQ-{action}-{i}", outcomeUnknown), applied));
            }
        }

        return this;
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>The interface moves to <paramref name="to"/> (null: disappears) after <paramref name="after"/>.</summary>
    public ScriptedCloud Transition(string region, string id, string? to, TimeSpan after)
    {
        lock (_gate)
        {
            _interfaces[(region, id)].Next = (to, _time.GetUtcNow() + after);
        }

        return this;
    }

    public RouterInterfaceInfo? Find(string region, string id)
    {
        lock (_gate)
        {
            Settle();
            return _interfaces.GetValueOrDefault((region, id))?.Info;
        }
    }

    public int RouteCount
    {
        get
        {
            lock (_gate)
            {
                return _routes.Count;
            }
        }
    }

    /// <summary>Runs as each call arrives, before it is answered (to act while a call is in flight).</summary>
    public Action<string>? OnCall { get; set; }

    public int Calls(string method) => Mock.Invocations.Count(i => i.Method.Name == method);

    private void Setup()
    {
        Mock.Setup(c => c.DescribeRouterInterfacesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Returns((string region, IReadOnlyCollection<string> ids, CancellationToken _) => Run("DescribeRouterInterfaces", () =>
            {
                Describes.Enqueue((region, ids.ToArray()));
                var honoured = FilterValueCap > 0 ? ids.Take(FilterValueCap).ToHashSet(StringComparer.Ordinal) : ids.ToHashSet(StringComparer.Ordinal);
                return (IReadOnlyList<RouterInterfaceInfo>)_interfaces.Values.Where(e => e.VisibleAt <= _time.GetUtcNow()).Select(e => WithOppositeStatus(e.Info))
                    .Where(i => i.RegionId == region && honoured.Contains(i.RouterInterfaceId)).ToList();
            }));
        Mock.Setup(c => c.DeactivateRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string id, CancellationToken _) => Run("DeactivateRouterInterface", () =>
            {
                var entry = Existing(region, id, "DeactivateRouterInterface");
                if (entry.Info.Status != "Active")
                {
                    throw Error("DeactivateRouterInterface", AlibabaErrorCodes.IncorrectRiStatus, 400);
                }

                Move(entry, "Deactivating", "Inactive");
                return true;
            }));
        Mock.Setup(c => c.DeleteExpressConnectAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string id, bool force, string token, CancellationToken _) =>
            {
                DeleteTokens.Enqueue(token);
                return Run("DeleteExpressConnect", () => DeleteExpressConnect(region, id, force, token));
            });
        Mock.Setup(c => c.DeleteRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string id, string token, CancellationToken _) => Run("DeleteRouterInterface", () =>
            {
                var end = Existing(region, id, "DeleteRouterInterface");
                if (end.Info.Status is not ("Idle" or "Inactive"))
                {
                    throw Error("DeleteRouterInterface", AlibabaErrorCodes.IncorrectStatus, 400);
                }

                if (_routes.Any(r => r.Entry.RoutesThrough(id)))
                {
                    throw Error("DeleteRouterInterface", AlibabaErrorCodes.DependencyViolationRouteEntry, 400);
                }

                Move(end, "Deleting", null);
                return true;
            }));
        Mock.Setup(c => c.DeleteRouteEntryAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string entryId, CancellationToken _) => Run("DeleteRouteEntry", () =>
                _routes.RemoveAll(r => r.Region == region && r.Entry.RouteEntryId == entryId) > 0
                    ? true
                    : throw Error("DeleteRouteEntry", AlibabaErrorCodes.InvalidRouteEntryNotFound, 400)));
        Mock.Setup(c => c.DescribeRouteTablesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string routerId, string _, CancellationToken _) => Run("DescribeRouteTableList",
                () => (IReadOnlyList<RouteTableInfo>)_tables.Where(t => t.Region == region && t.Table.RouterId == routerId).Select(t => t.Table).ToList()));
        Mock.Setup(c => c.DescribeRouteTablePageAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string routerType, int pageNumber, CancellationToken _) => Run("DescribeRouteTableList", () =>
            {
                var listed = _tables.Where(t => t.Region == region && t.Table.RouterType == routerType).Select(t => t.Table).ToList();
                return new RouteTablePage([.. listed.Skip((pageNumber - 1) * RouteTablePageSize).Take(RouteTablePageSize)], listed.Count, RouteTablePageSize);
            }));
        Mock.Setup(c => c.DescribeRouteEntriesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string tableId, string? nextHop, CancellationToken _) => Run("DescribeRouteEntryList",
                () => (IReadOnlyList<RouteEntryInfo>)_routes.Where(r => r.Region == region && r.Entry.RouteTableId == tableId && (nextHop is null || r.Entry.RoutesThrough(nextHop)))
                    .Select(r => r.Entry).ToList()));
        Mock.Setup(c => c.CreateRouterInterfaceAsync(It.IsAny<CreateRouterInterfaceRequest>(), It.IsAny<CancellationToken>()))
            .Returns((CreateRouterInterfaceRequest request, CancellationToken _) => Run("CreateRouterInterface", () => Create(request)));
        Mock.Setup(c => c.ModifyRouterInterfaceAttributeAsync(It.IsAny<ModifyRouterInterfaceAttributeRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ModifyRouterInterfaceAttributeRequest request, CancellationToken _) => Run("ModifyRouterInterfaceAttribute", () =>
            {
                var entry = Existing(request.RegionId, request.RouterInterfaceId, "ModifyRouterInterfaceAttribute");
                entry.Info = entry.Info with
                {
                    Name = request.Name ?? entry.Info.Name,
                    Description = request.Description ?? entry.Info.Description,
                    OppositeInterfaceId = request.OppositeInterfaceId ?? entry.Info.OppositeInterfaceId,
                    OppositeRouterId = request.OppositeRouterId ?? entry.Info.OppositeRouterId,
                    OppositeRouterType = request.OppositeRouterType ?? entry.Info.OppositeRouterType,
                    OppositeInterfaceOwnerId = request.OppositeInterfaceOwnerId ?? entry.Info.OppositeInterfaceOwnerId,
                };
                return true;
            }));
        Mock.Setup(c => c.DescribeVpcsAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string? vpcId, CancellationToken _) => Run("DescribeVpcs",
                () => (IReadOnlyList<VpcInfo>)[new VpcInfo(vpcId ?? "vpc-any", region, "Available", "vrt-a1", "10.0.0.0/8", "") { OwnerId = AccountId }]));
        Mock.Setup(c => c.ModifyRouterInterfaceSpecAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string id, string spec, string _, CancellationToken _) => Run("ModifyRouterInterfaceSpec", () =>
            {
                var entry = Existing(region, id, "ModifyRouterInterfaceSpec");
                var back = entry.Info.Status;
                entry.Info = entry.Info with { Spec = spec };
                Move(entry, "Activating", back);
                return true;
            }));
        Mock.Setup(c => c.ConnectRouterInterfaceAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string region, string id, CancellationToken _) => Run("ConnectRouterInterface", () =>
            {
                var entry = Existing(region, id, "ConnectRouterInterface");
                Move(entry, "Connecting", "Active");
                if (_interfaces.GetValueOrDefault((entry.Info.OppositeRegionId, entry.Info.OppositeInterfaceId)) is { } acceptor)
                {
                    Move(acceptor, "AcceptingConnecting", "Active");
                }

                return true;
            }));
    }

    private RouterInterfaceInfo WithOppositeStatus(RouterInterfaceInfo info) =>
        !ReportsOppositeStatus || info.OppositeInterfaceId.Length == 0
            ? info
            : info with { OppositeInterfaceStatus = _interfaces.GetValueOrDefault((info.OppositeRegionId, info.OppositeInterfaceId))?.Info.Status ?? "Deleted" };

    private bool DeleteExpressConnect(string region, string id, bool force, string token)
    {
        if (_acceptedTokens.Contains(token))
        {
            return true;
        }

        var self = Existing(region, id, "DeleteExpressConnect");
        var opposite = _interfaces.GetValueOrDefault((self.Info.OppositeRegionId, self.Info.OppositeInterfaceId));
        if (string.Equals(self.Info.ChargeType, "Prepaid", StringComparison.OrdinalIgnoreCase))
        {
            throw Error("DeleteExpressConnect", AlibabaErrorCodes.PrepaidChargeType, 400);
        }

        if (opposite is not null && string.Equals(opposite.Info.ChargeType, "Prepaid", StringComparison.OrdinalIgnoreCase))
        {
            throw Error("DeleteExpressConnect", AlibabaErrorCodes.PrepaidOppositeChargeType, 400);
        }

        var ends = opposite is null ? new[] { self } : [self, opposite];
        if (ends.Any(e => e.Info.Status is not ("Idle" or "Inactive")))
        {
            throw Error("DeleteExpressConnect", AlibabaErrorCodes.IncorrectStatusRouterInterface, 400);
        }

        var ids = ends.Select(e => e.Info.RouterInterfaceId).ToHashSet();
        if (_routes.Any(r => ids.Any(r.Entry.RoutesThrough)))
        {
            if (!force)
            {
                throw Error("DeleteExpressConnect", AlibabaErrorCodes.DependencyViolationRouteEntry, 400);
            }

            _routes.RemoveAll(r => ids.Any(r.Entry.RoutesThrough));
        }

        foreach (var end in ends)
        {
            Move(end, "Deleting", null);
        }

        _acceptedTokens.Add(token);
        return true;
    }

    private string Create(CreateRouterInterfaceRequest request)
    {
        Creates.Enqueue(request);
        var id = $"ri-new{++_created}";
        var info = new RouterInterfaceInfo
        {
            RouterInterfaceId = id,
            RegionId = request.RegionId,
            RouterId = request.RouterId,
            RouterType = request.RouterType,
            Role = request.Role,
            Spec = request.Spec,
            Status = "Idle",
            ChargeType = request.InstanceChargeType == "PrePaid" ? "Prepaid" : "AfterPay",
            Name = request.Name ?? "",
            Description = request.Description ?? "",
            OppositeRegionId = request.OppositeRegionId,
            OppositeInterfaceId = request.OppositeInterfaceId ?? "",
            OppositeRouterId = request.OppositeRouterId ?? "",
            OppositeRouterType = request.OppositeRouterType ?? "",
            BusinessStatus = "Normal",
            Bandwidth = 2,
            CreationTime = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        _interfaces[(request.RegionId, id)] = new Entry(info) { VisibleAt = _time.GetUtcNow() + CreateVisibleAfter };
        return id;
    }

    private Task<T> Run<T>(string action, Func<T> body)
    {
        OnCall?.Invoke(action);
        lock (_gate)
        {
            Settle();
            try
            {
                if (_faults.TryGetValue(action, out var queue) && queue.TryDequeue(out var fault))
                {
                    if (fault.Applied)
                    {
                        body();
                    }

                    return Task.FromException<T>(fault.Error);
                }

                return Task.FromResult(body());
            }
            catch (AlibabaCloudException ex)
            {
                return Task.FromException<T>(ex);
            }
        }
    }

    private Task Run(string action, Func<bool> body) => Run<bool>(action, body);

    private Entry Existing(string region, string id, string action) =>
        _interfaces.GetValueOrDefault((region, id)) ?? throw Error(action, AlibabaErrorCodes.InvalidRouterInterfaceIdNotFound, 404);

    private void Move(Entry entry, string through, string? to)
    {
        entry.Info = entry.Info with { Status = through };
        entry.Next = (to, _time.GetUtcNow() + TransitionTime);
    }

    /// <summary>Ends the transitions whose time has come.</summary>
    private void Settle()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, entry) in _interfaces.ToList())
        {
            if (entry.Next is { } next && next.At <= now)
            {
                entry.Next = null;
                if (next.To is null)
                {
                    _interfaces.Remove(key);
                }
                else
                {
                    entry.Info = entry.Info with { Status = next.To };
                }
            }
        }
    }

    private static AlibabaCloudException Error(string action, string code, int status) =>
        new(action, code, $"scripted answer {code}", status, "REQ-STATE");

    private sealed class Entry(RouterInterfaceInfo info)
    {
        public RouterInterfaceInfo Info { get; set; } = info;

        public (string? To, DateTimeOffset At)? Next { get; set; }

        public DateTimeOffset VisibleAt { get; init; } = DateTimeOffset.MinValue;
    }
}

internal enum RouterInterfaceRole
{
    Initiator,
    Acceptor,
}
