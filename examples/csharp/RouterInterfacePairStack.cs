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
        // The initiator's bandwidth; changing it is an in-place update.
        var initiatorSpec = config.Get("initiatorSpec") ?? "Mini.2";
        // PostPaid (pay-as-you-go) or PrePaid: a subscription, which `pulumi destroy` refuses to delete before it ends.
        var chargeType = config.Get("instanceChargeType") ?? "PostPaid";
        var prepaid = chargeType == "PrePaid";
        // Credentials from the stack config when set (`pulumi config set --secret secretKey ...`); otherwise the
        // plugin takes them from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...) or a CLI profile.
        var accessKey = config.GetSecret("accessKey");
        var secretKey = config.GetSecret("secretKey");

        ProviderArgs RegionProvider(string region)
        {
            var args = new ProviderArgs { Region = region, Endpoint = endpoint };
            if (accessKey is not null)
            {
                args.AccessKey = accessKey;
            }

            if (secretKey is not null)
            {
                args.SecretKey = secretKey;
            }

            return args;
        }

        // One provider per region.
        var initiatorRegionProvider = new Provider("initiator-region", RegionProvider(initiatorRegion));
        var acceptorRegionProvider = new Provider("acceptor-region", RegionProvider(acceptorRegion));

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

        var initiatorArgs = new RouterInterfaceArgs
        {
            RouterId = initiatorRouterId,
            RouterType = "VRouter",
            Role = "InitiatingSide",
            Spec = initiatorSpec,
            OppositeRegionId = acceptorRegion,
            OppositeRouterId = acceptorRouterId,
            OppositeRouterType = "VRouter",
            OppositeInterfaceId = acceptor.Id,
            Name = "pair-initiator",
            Description = "Initiator end of the example pair",
            Connect = true,
            Force = true,
            InstanceChargeType = chargeType,
        };
        if (prepaid)
        {
            initiatorArgs.Period = config.GetInt32("period") ?? 1;
            initiatorArgs.PricingCycle = "Month";
            initiatorArgs.AutoPay = true;
        }

        var initiator = new RouterInterface("initiator", initiatorArgs,
            new CustomResourceOptions { Provider = initiatorRegionProvider, CustomTimeouts = timeouts });

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

        // The same interface as the lookup function sees it (getRouterInterfaces, in the initiator's region): the call
        // waits for the initiator's ID, so it answers once the pair is created and connected.
        var lookedUp = GetRouterInterfaces.Invoke(
            new GetRouterInterfacesInvokeArgs { Ids = { initiator.Id } },
            new InvokeOptions { Provider = initiatorRegionProvider });
        LookedUpStatus = lookedUp.Apply(found => found.Interfaces.IsDefaultOrEmpty ? "" : found.Interfaces[0].Status);

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

    /// <summary>The initiator's status as getRouterInterfaces reports it.</summary>
    [Output("lookedUpStatus")]
    public Output<string> LookedUpStatus { get; private set; }
}
