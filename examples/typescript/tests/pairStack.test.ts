// The program under Pulumi's mocks: every resource "creates" with its inputs as outputs, so the tests see exactly
// what the program asks the provider for (examples/csharp/tests has the same checks for the C# program).
import test from "node:test";
import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";

interface Registered {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    provider?: string;
}

const PROJECT = "routerinterface-pair";
const RESOURCE = "alicloud-routerinterface:index:RouterInterface";
const PROVIDER = "pulumi:providers:alicloud-routerinterface";

function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply(resolve));
}

/** Runs the program with the given stack config under mocks; answers what it registered and its outputs. */
async function run(config: Record<string, string> = {}) {
    const registered: Registered[] = [];
    await pulumi.runtime.setMocks({
        newResource(args: pulumi.runtime.MockResourceArgs) {
            registered.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider });
            return { id: `ri-${args.name}`, state: { ...args.inputs, status: "Active", bandwidth: 2 } };
        },
        call(args: pulumi.runtime.MockCallArgs) {
            return args.inputs;
        },
    }, PROJECT, "dev", false);
    pulumi.runtime.setAllConfig({
        [`${PROJECT}:initiatorRouterId`]: "vrt-initiator",
        [`${PROJECT}:acceptorRouterId`]: "vrt-acceptor",
        [`${PROJECT}:vpcEndpoint`]: "http://127.0.0.1:8080",
        ...config,
    }, []);
    // The program reads the config when it runs, so each run sees its own.
    const { routerInterfacePair } = await import("../pairStack.js");
    const outputs = routerInterfacePair();
    await valueOf(pulumi.all([outputs.initiatorId, outputs.acceptorId, outputs.bandwidthMbps]));
    const byName = (name: string) => {
        const found = registered.find((r) => r.name === name);
        assert.ok(found, `${name} was registered`);
        return found;
    };
    return { registered, outputs, byName };
}

test("pair: the initiator points at the acceptor's ID and connects", async () => {
    const { byName, outputs } = await run();
    const initiator = byName("initiator");
    const acceptor = byName("acceptor");
    assert.equal(initiator.inputs.oppositeInterfaceId, "ri-acceptor");
    assert.equal(initiator.inputs.role, "InitiatingSide");
    assert.equal(initiator.inputs.connect, true);
    assert.equal(acceptor.inputs.role, "AcceptingSide");
    assert.equal(acceptor.inputs.spec, "Negative");
    assert.equal(await valueOf(outputs.initiatorId), "ri-initiator");
    assert.equal(await valueOf(outputs.acceptorId), "ri-acceptor");
});

test("pair: the ends are in opposite regions and routers", async () => {
    const { byName } = await run();
    const initiator = byName("initiator");
    const acceptor = byName("acceptor");
    assert.equal(initiator.inputs.routerId, "vrt-initiator");
    assert.equal(initiator.inputs.oppositeRouterId, "vrt-acceptor");
    assert.equal(initiator.inputs.oppositeRegionId, "cn-shanghai");
    assert.equal(acceptor.inputs.oppositeRegionId, "cn-hangzhou");
});

test("pair: one provider per region with the configured endpoint, each end on its region's", async () => {
    const { registered, byName } = await run();
    const providers = registered.filter((r) => r.type === PROVIDER);
    assert.deepEqual(providers.map((p) => p.inputs.region).sort(), ["cn-hangzhou", "cn-shanghai"]);
    for (const provider of providers) {
        assert.equal(provider.inputs.endpoint, "http://127.0.0.1:8080");
    }
    assert.match(byName("initiator").provider ?? "", /::initiator-region::ri-initiator-region$/);
    assert.match(byName("acceptor").provider ?? "", /::acceptor-region::ri-acceptor-region$/);
});

test("pair: both interfaces ask for a forced delete and the stack outputs carry status and bandwidth", async () => {
    const { registered, outputs } = await run();
    const ends = registered.filter((r) => r.type === RESOURCE);
    assert.equal(ends.length, 2);
    for (const end of ends) {
        assert.equal(end.inputs.force, true);
    }
    assert.equal(await valueOf(outputs.initiatorStatus), "Active");
    assert.equal(await valueOf(outputs.bandwidthMbps), 2);
});

test("pair: PrePaid asks for a monthly, auto-paid subscription of the configured period", async () => {
    const { byName } = await run({ [`${PROJECT}:instanceChargeType`]: "PrePaid", [`${PROJECT}:period`]: "3" });
    const initiator = byName("initiator");
    assert.equal(initiator.inputs.instanceChargeType, "PrePaid");
    assert.equal(initiator.inputs.period, 3);
    assert.equal(initiator.inputs.pricingCycle, "Month");
    assert.equal(initiator.inputs.autoPay, true);
    assert.equal(byName("acceptor").inputs.instanceChargeType, undefined);
});

test("pair: PostPaid sends no subscription settings and the configured spec", async () => {
    const { byName } = await run({ [`${PROJECT}:initiatorSpec`]: "Small.1" });
    const initiator = byName("initiator");
    assert.equal(initiator.inputs.instanceChargeType, "PostPaid");
    assert.equal(initiator.inputs.spec, "Small.1");
    assert.equal(initiator.inputs.period, undefined);
});

test("pair: credentials from the stack config reach both providers as secrets", async () => {
    const { registered } = await run({ [`${PROJECT}:secretKey`]: "the-secret" });
    for (const provider of registered.filter((r) => r.type === PROVIDER)) {
        // The mocks hand secret inputs over still wrapped (pulumi/pulumi sdk/nodejs/runtime/rpc.ts specialSecretSig).
        assert.deepEqual(provider.inputs.secretKey, { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "the-secret" });
    }
});
