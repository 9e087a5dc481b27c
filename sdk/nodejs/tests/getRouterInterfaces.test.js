// getRouterInterfaces under Pulumi's mocks, in both forms: the token and arguments the SDK sends, and the answer it
// resolves.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { recordingMocks, valueOf } = require("./support/recordingMocks");

const TOKEN = "alicloud-routerinterface:index:getRouterInterfaces";

/** An answer as the plugin gives it: the IDs found and each interface's properties. */
function answer(args) {
    const ids = args.inputs.ids ?? ["ri-found"];
    return { ids, interfaces: ids.map((id) => ({ id, routerId: args.inputs.routerId ?? "vrt-a", status: "Active", tags: args.inputs.tags ?? {} })) };
}

test("getRouterInterfaces: the plain form sends its arguments under the function's token and resolves the answer", async () => {
    const mocks = await recordingMocks({ call: answer });
    const ri = require("..");
    const found = await ri.getRouterInterfaces({ ids: ["ri-1", "ri-2"], routerId: "vrt-x", tags: { team: "net" }, includeReservationData: true });
    const sent = mocks.invokes.find((i) => i.token === TOKEN);
    assert.ok(sent, `no invoke of ${TOKEN} (got ${mocks.invokes.map((i) => i.token).join(", ")})`);
    assert.deepEqual(sent.inputs.ids, ["ri-1", "ri-2"]);
    assert.equal(sent.inputs.routerId, "vrt-x");
    assert.deepEqual(sent.inputs.tags, { team: "net" });
    assert.equal(sent.inputs.includeReservationData, true);
    assert.deepEqual(found.ids, ["ri-1", "ri-2"]);
    assert.equal(found.interfaces[1].routerId, "vrt-x");
    assert.equal(found.interfaces[0].status, "Active");
});

test("getRouterInterfaces: the output form takes inputs (another resource's ID) and resolves to the same answer", async () => {
    const mocks = await recordingMocks({ call: answer });
    const ri = require("..");
    const acceptor = new ri.RouterInterface("lookup-acceptor", {
        routerId: "vrt-acceptor", routerType: "VRouter", role: "AcceptingSide", spec: "Negative", oppositeRegionId: "cn-hangzhou",
    });
    const found = ri.getRouterInterfacesOutput({ ids: [acceptor.id], nameRegex: "^pair-" });
    assert.deepEqual(await valueOf(found.ids), ["ri-lookup-acceptor"]);
    assert.equal(await valueOf(found.interfaces.apply((list) => list[0].id)), "ri-lookup-acceptor");
    const sent = mocks.invokes.find((i) => i.token === TOKEN);
    assert.equal(sent.inputs.nameRegex, "^pair-");
});
