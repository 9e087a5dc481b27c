using Pulumi;
using Pulumi.AlicloudRouterInterface;

namespace RouterInterfacePair;

/// <summary>
/// Two VPC routers in two regions joined by one Express Connect instance: the acceptor end, then the initiator end,
/// which points at the acceptor and connects. Deleting either end deletes the instance; the other end's delete then
/// finds it gone and succeeds.
/// </summary>
public sealed class RouterInterfacePairStack : Stack
{
    public RouterInterfacePairStack()
    {
        var config = new Pulumi.Config();
        var initiatorRegion = config.Get("initiatorRegion") ?? "cn-hangzhou";
        var acceptorRegion = config.Get("acceptorRegion") ?? "cn-shanghai";
        var initiatorRouterId = config.Require("initiatorRouterId");
        var acceptorRouterId = config.Require("acceptorRouterId");
        // Empty: the regional public endpoint. The local emulator: http://127.0.0.1:<port>.
        var endpoint = config.Get("vpcEndpoint") ?? "";

        // One provider per region; credentials come from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...) or a CLI profile.
        var initiatorRegionProvider = new Provider("initiator-region", new ProviderArgs
        {
            Region = initiatorRegion,
            Endpoint = endpoint,
        });
        var acceptorRegionProvider = new Provider("acceptor-region", new ProviderArgs
        {
            Region = acceptorRegion,
            Endpoint = endpoint,
        });

        // A delete waits for both ends to settle and disappear. Past this bound it fails, the resource stays in
        // the stack, and running `pulumi destroy` again finishes the job.
        var timeouts = new CustomTimeouts { Delete = TimeSpan.FromMinutes(10) };

        var acceptor = new RouterInterface("acceptor", new RouterInterfaceArgs
        {
            RouterId = acceptorRouterId,
            RouterType = "VRouter",
            Role = "AcceptingSide",
            Spec = "Negative",
            OppositeRegionId = initiatorRegion,
            OppositeRouterId = initiatorRouterId,
            OppositeRouterType = "VRouter",
            Name = "pair-acceptor",
            Description = "Acceptor end of the example pair",
            // On delete, remove route entries whose next hop is this pair instead of refusing.
            Force = true,
        }, new CustomResourceOptions { Provider = acceptorRegionProvider, CustomTimeouts = timeouts });

        var initiator = new RouterInterface("initiator", new RouterInterfaceArgs
        {
            RouterId = initiatorRouterId,
            RouterType = "VRouter",
            Role = "InitiatingSide",
            Spec = "Mini.2",
            OppositeRegionId = acceptorRegion,
            OppositeRouterId = acceptorRouterId,
            OppositeRouterType = "VRouter",
            OppositeInterfaceId = acceptor.Id,
            Name = "pair-initiator",
            Description = "Initiator end of the example pair",
            Connect = true,
            Force = true,
        }, new CustomResourceOptions { Provider = initiatorRegionProvider, CustomTimeouts = timeouts });

        // Routing through the pair is done with pulumi-alicloud (package Pulumi.AliCloud), outside this provider:
        //
        //   new AliCloud.Vpc.RouteEntry("to-acceptor-vpc", new AliCloud.Vpc.RouteEntryArgs
        //   {
        //       RouteTableId = initiatorRouteTableId,
        //       DestinationCidrblock = "172.16.0.0/12",
        //       NexthopType = "RouterInterface",
        //       NexthopId = initiator.Id,
        //   });
        //
        // Pulumi deletes that entry before the pair. Entries created outside the stack would make the delete refuse;
        // with Force = true they are removed first, and each one is reported.

        InitiatorId = initiator.Id;
        AcceptorId = acceptor.Id;
        InitiatorStatus = initiator.Status;
        AcceptorStatus = acceptor.Status;
        BandwidthMbps = initiator.Bandwidth;
    }

    [Output("initiatorId")]
    public Output<string> InitiatorId { get; private set; }

    [Output("acceptorId")]
    public Output<string> AcceptorId { get; private set; }

    [Output("initiatorStatus")]
    public Output<string> InitiatorStatus { get; private set; }

    [Output("acceptorStatus")]
    public Output<string> AcceptorStatus { get; private set; }

    [Output("bandwidthMbps")]
    public Output<int?> BandwidthMbps { get; private set; }
}
