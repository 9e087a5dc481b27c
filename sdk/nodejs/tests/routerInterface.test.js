// RouterInterface under Pulumi's mocks: what the SDK sends for it and what it resolves.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { recordingMocks, valueOf } = require("./support/recordingMocks");

const acceptorArgs = {
    routerId: "vrt-acceptor",
    routerType: "VRouter",
    role: "AcceptingSide",
    spec: "Negative",
    oppositeRegionId: "cn-hangzhou",
};

test("RouterInterface: inputs go out as given, with the schema's defaults for force, connect and fastLinkMode", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const acceptor = new ri.RouterInterface("defaults", { ...acceptorArgs, name: "pair-acceptor" });
    await valueOf(acceptor.id);
    const inputs = mocks.inputsOf("defaults");
    assert.equal(inputs.routerId, "vrt-acceptor");
    assert.equal(inputs.name, "pair-acceptor");
    assert.equal(inputs.force, false);
    assert.equal(inputs.connect, false);
    assert.equal(inputs.fastLinkMode, false);
    assert.equal(inputs.oppositeInterfaceId, undefined);
});

test("RouterInterface: outputs resolve to what the provider answered, the ID too", async () => {
    await recordingMocks({
        extraOutputs: { "alicloud-routerinterface:index:RouterInterface": { status: "Idle", bandwidth: 2, regionId: "cn-shanghai" } },
    });
    const ri = require("..");
    const acceptor = new ri.RouterInterface("outputs", acceptorArgs);
    assert.equal(await valueOf(acceptor.id), "ri-outputs");
    assert.equal(await valueOf(acceptor.status), "Idle");
    assert.equal(await valueOf(acceptor.bandwidth), 2);
    assert.equal(await valueOf(acceptor.regionId), "cn-shanghai");
    assert.equal(await valueOf(acceptor.spec), "Negative");
});

test("RouterInterface: the acceptor's ID flows into the initiator's oppositeInterfaceId", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const acceptor = new ri.RouterInterface("acceptor", acceptorArgs);
    const initiator = new ri.RouterInterface("initiator", {
        routerId: "vrt-initiator",
        routerType: "VRouter",
        role: "InitiatingSide",
        spec: "Mini.2",
        oppositeRegionId: "cn-shanghai",
        oppositeInterfaceId: acceptor.id,
        connect: true,
    });
    assert.equal(await valueOf(initiator.oppositeInterfaceId), "ri-acceptor");
    assert.equal(mocks.inputsOf("initiator").oppositeInterfaceId, "ri-acceptor");
    assert.equal(mocks.inputsOf("initiator").connect, true);
    assert.deepEqual(mocks.registration("initiator").getDependenciesList(), ["urn:pulumi:dev::sdk-tests::alicloud-routerinterface:index:RouterInterface::acceptor"]);
});

test("RouterInterface: a missing required input is refused before anything is sent", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const { spec, ...withoutSpec } = acceptorArgs;
    assert.equal(spec, "Negative");
    assert.throws(() => new ri.RouterInterface("no-spec", withoutSpec), /Missing required property 'spec'/);
    assert.equal(mocks.registrations.length, 0);
});

test("RouterInterface: customTimeouts, replaceOnChanges and the package version reach the engine", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const acceptor = new ri.RouterInterface("options", acceptorArgs, { customTimeouts: { delete: "10m", create: "5m" } });
    await valueOf(acceptor.id);
    const req = mocks.registration("options");
    assert.equal(req.getCustomtimeouts().getDelete(), "10m");
    assert.equal(req.getCustomtimeouts().getCreate(), "5m");
    assert.equal(req.getVersion(), require("../package.json").version);
    const replace = req.getReplaceonchangesList();
    for (const name of ["routerId", "routerType", "role", "oppositeRegionId", "instanceChargeType", "period", "pricingCycle", "autoPay", "fastLinkMode", "accessPointId"]) {
        assert.ok(replace.includes(name), `${name} replaces`);
    }
    assert.ok(!replace.includes("spec"), "spec is changed in place");
    assert.ok(!replace.includes("force"), "force is changed in place");
});

test("RouterInterface.get reads an existing interface by ID with no inputs", async () => {
    await recordingMocks();
    const ri = require("..");
    const existing = ri.RouterInterface.get("imported", "ri-existing");
    assert.equal(await valueOf(existing.id), "ri-existing");
    assert.ok(ri.RouterInterface.isInstance(existing));
    assert.ok(!ri.Provider.isInstance(existing));
});
