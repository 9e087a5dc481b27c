import * as pulumi from "@pulumi/pulumi";
import * as ri from "@alicloud-routerinterface/pulumi";

/** The stack outputs of the pair, as the C# example's stack declares them. */
export interface PairOutputs {
    initiatorId: pulumi.Output<string>;
    acceptorId: pulumi.Output<string>;
    initiatorStatus: pulumi.Output<string>;
    acceptorStatus: pulumi.Output<string>;
    bandwidthMbps: pulumi.Output<number | undefined>;
}

/**
 * Two VPC routers in two regions joined by one Express Connect instance: the acceptor end, then the initiator end,
 * which points at the acceptor and connects. Deleting either end deletes the instance; the other end's delete then
 * finds it gone and succeeds. The same program as examples/csharp (RouterInterfacePairStack.cs).
 */
export function routerInterfacePair(): PairOutputs {
    const config = new pulumi.Config();
    const initiatorRegion = config.get("initiatorRegion") ?? "cn-hangzhou";
    const acceptorRegion = config.get("acceptorRegion") ?? "cn-shanghai";
    const initiatorRouterId = config.require("initiatorRouterId");
    const acceptorRouterId = config.require("acceptorRouterId");
    // Empty: the regional public endpoint. The local emulator: http://127.0.0.1:<port>.
    const endpoint = config.get("vpcEndpoint") ?? "";
    // The initiator's bandwidth; changing it is an in-place update.
    const initiatorSpec = config.get("initiatorSpec") ?? "Mini.2";
    // PostPaid (pay-as-you-go) or PrePaid: a subscription, which `pulumi destroy` refuses to delete before it ends.
    const chargeType = config.get("instanceChargeType") ?? "PostPaid";
    const prepaid = chargeType === "PrePaid";
    // Credentials from the stack config when set (`pulumi config set --secret secretKey ...`); otherwise the plugin
    // takes them from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...) or a CLI profile.
    const accessKey = config.getSecret("accessKey");
    const secretKey = config.getSecret("secretKey");

    // One provider per region.
    const regionProvider = (name: string, region: string) =>
        new ri.Provider(name, { region, endpoint, accessKey, secretKey });
    const initiatorRegionProvider = regionProvider("initiator-region", initiatorRegion);
    const acceptorRegionProvider = regionProvider("acceptor-region", acceptorRegion);

    // A delete waits for both ends to settle and disappear. Past this bound it fails, the resource stays in the
    // stack, and running `pulumi destroy` again finishes the job.
    const customTimeouts: pulumi.CustomTimeouts = { delete: "10m" };

    const acceptor = new ri.RouterInterface("acceptor", {
        routerId: acceptorRouterId,
        routerType: "VRouter",
        role: "AcceptingSide",
        spec: "Negative",
        oppositeRegionId: initiatorRegion,
        oppositeRouterId: initiatorRouterId,
        oppositeRouterType: "VRouter",
        name: "pair-acceptor",
        description: "Acceptor end of the example pair",
        // On delete, remove route entries whose next hop is this pair instead of refusing.
        force: true,
    }, { provider: acceptorRegionProvider, customTimeouts });

    const initiator = new ri.RouterInterface("initiator", {
        routerId: initiatorRouterId,
        routerType: "VRouter",
        role: "InitiatingSide",
        spec: initiatorSpec,
        oppositeRegionId: acceptorRegion,
        oppositeRouterId: acceptorRouterId,
        oppositeRouterType: "VRouter",
        oppositeInterfaceId: acceptor.id,
        name: "pair-initiator",
        description: "Initiator end of the example pair",
        connect: true,
        force: true,
        instanceChargeType: chargeType,
        ...(prepaid ? { period: config.getNumber("period") ?? 1, pricingCycle: "Month", autoPay: true } : {}),
    }, { provider: initiatorRegionProvider, customTimeouts });

    // Routing through the pair is done with pulumi-alicloud (@pulumi/alicloud), outside this provider:
    //
    //   new alicloud.vpc.RouteEntry("to-acceptor-vpc", {
    //       routeTableId: initiatorRouteTableId,
    //       destinationCidrblock: "172.16.0.0/12",
    //       nexthopType: "RouterInterface",
    //       nexthopId: initiator.id,
    //   });
    //
    // Pulumi deletes that entry before the pair. Entries created outside the stack would make the delete refuse;
    // with force: true they are removed first, and each one is reported.

    return {
        initiatorId: initiator.id,
        acceptorId: acceptor.id,
        initiatorStatus: initiator.status,
        acceptorStatus: acceptor.status,
        bandwidthMbps: initiator.bandwidth,
    };
}
