// The generator on schema.json extended with a function, stateInputs and a secret output (extendedSchema.mjs):
// the SDK it makes compiles with `tsc --strict`, and under Pulumi's mocks getRouterInterfaces (Promise form) and
// getRouterInterfacesOutput (Output form) invoke the function's token with their arguments and answer its result.

import test, { after, before } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { generateSdk } from "../lib/generateSdk.mjs";
import { extendedSchema, FUNCTION_TOKEN } from "./extendedSchema.mjs";
import { refToken, tokenName, upperFirst } from "../lib/tsText.mjs";
import { generateAndCompile, repositoryInputs, sdkDir } from "./support.mjs";

const { schema, version, settings } = repositoryInputs();
const extended = extendedSchema(schema);
const files = generateSdk(extended, version, settings);
const requireFromSdk = createRequire(join(sdkDir, "package.json"));
// Names taken from the schema, so the test holds for issue 23's definitions as well as for extendedSchema's.
const rowType = upperFirst(tokenName(refToken(extended.functions[FUNCTION_TOKEN].outputs.properties.interfaces.items.$ref)));
const resource = extended.resources["alicloud-routerinterface:index:RouterInterface"];
const secretOutputs = Object.entries(resource.properties).filter(([, spec]) => spec.secret).map(([name]) => name);
const { recordingMocks, valueOf } = requireFromSdk("./tests/support/recordingMocks.js");
let built;

before(() => {
    built = generateAndCompile(extended);
});

after(() => built?.dispose());

function answer(args) {
    if (args.token !== FUNCTION_TOKEN) {
        throw new Error(`unexpected invoke ${args.token}`);
    }
    const id = args.inputs.routerId ?? "all";
    return { id: `${id}-list`, ids: [`ri-of-${id}`], interfaces: [{ routerInterfaceId: `ri-of-${id}`, routerId: id, status: "Active" }] };
}

test("generator: a schema function becomes getX and getXOutput with its argument and result types", () => {
    const text = files.get("getRouterInterfaces.ts");
    assert.ok(text, "getRouterInterfaces.ts is generated");
    assert.match(text, /export function getRouterInterfaces\(args\??: GetRouterInterfacesArgs, opts\?: pulumi\.InvokeOptions\): Promise<GetRouterInterfacesResult>/);
    assert.match(text, /export function getRouterInterfacesOutput\(args\??: GetRouterInterfacesOutputArgs, opts\?: pulumi\.InvokeOutputOptions\): pulumi\.Output<GetRouterInterfacesResult>/);
    assert.match(text, /pulumi\.runtime\.invoke\("alicloud-routerinterface:index:getRouterInterfaces"/);
    assert.match(text, /pulumi\.runtime\.invokeOutput\("alicloud-routerinterface:index:getRouterInterfaces"/);
    for (const arg of Object.keys(extended.functions[FUNCTION_TOKEN].inputs.properties)) {
        assert.ok(text.includes(`"${arg}": args.${arg},`), `argument ${arg} is passed`);
    }
    assert.match(text, /tags\?: pulumi\.Input<\{\[key: string\]: pulumi\.Input<string>\} \| undefined>;/);
    assert.ok(new RegExp(`readonly interfaces\\??: outputs\\.${rowType}\\[\\];`).test(text), `interfaces are ${rowType} rows`);
    assert.ok(files.get("types/output.ts").includes(`export interface ${rowType} {`), `${rowType} is in types/output.ts`);
    assert.match(files.get("index.ts"), /utilities\.lazyLoad\(exports, \["getRouterInterfaces","getRouterInterfacesOutput"\]/);
});

test("getRouterInterfaces: the Promise form invokes the token with plain arguments and resolves the answer", async () => {
    const mocks = await recordingMocks({ call: answer });
    const sdk = requireFromSdk(join(built.dir, "bin/index.js"));
    const result = await sdk.getRouterInterfaces({ routerId: "vrt-1", nameRegex: "^pair-", tags: { team: "net" }, includeReservationData: true });
    assert.deepEqual(result.ids, ["ri-of-vrt-1"]);
    assert.equal(result.interfaces[0].status, "Active");
    const sent = mocks.invokes.at(-1);
    assert.equal(sent.token, FUNCTION_TOKEN);
    assert.equal(sent.inputs.nameRegex, "^pair-");
    assert.deepEqual(sent.inputs.tags, { team: "net" });
    assert.equal(sent.inputs.includeReservationData, true);
});

test("getRouterInterfacesOutput: the Output form takes Outputs (a resource's ID) and answers an Output", async () => {
    const mocks = await recordingMocks({ call: answer });
    const sdk = requireFromSdk(join(built.dir, "bin/index.js"));
    const acceptor = new sdk.RouterInterface("acceptor", { routerId: "vrt-a", routerType: "VRouter", role: "AcceptingSide", spec: "Negative", oppositeRegionId: "cn-hangzhou" });
    const listed = sdk.getRouterInterfacesOutput({ routerId: acceptor.routerId, ids: [acceptor.id] });
    assert.deepEqual(await valueOf(listed.ids), ["ri-of-vrt-a"]);
    const sent = mocks.invokes.at(-1);
    assert.equal(sent.token, FUNCTION_TOKEN);
    assert.deepEqual(sent.inputs.ids, ["ri-acceptor"]);
    assert.equal(sent.inputs.routerId, "vrt-a");
});

test("generator: stateInputs give get() a state bag, and a secret output goes out as additionalSecretOutputs", async () => {
    const mocks = await recordingMocks();
    const sdk = requireFromSdk(join(built.dir, "bin/index.js"));
    const existing = sdk.RouterInterface.get("looked-up", "ri-existing", { status: "Active" });
    assert.equal(await valueOf(existing.id), "ri-existing");
    const created = new sdk.RouterInterface("created", { routerId: "vrt-a", routerType: "VRouter", role: "AcceptingSide", spec: "Negative", oppositeRegionId: "cn-hangzhou" });
    await valueOf(created.id);
    assert.deepEqual(mocks.registration("created").getAdditionalsecretoutputsList(), secretOutputs);
    assert.ok(secretOutputs.length > 0);
    assert.match(files.get("routerInterface.ts"), /public static get\(name: string, id: pulumi\.Input<pulumi\.ID>, state\?: RouterInterfaceState, opts\?/);
});
