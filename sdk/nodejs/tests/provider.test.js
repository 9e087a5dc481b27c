// Provider under Pulumi's mocks: secret settings go out as secrets, and an explicit provider is the one a
// RouterInterface names in its registration.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { recordingMocks, valueOf, isWrappedSecret } = require("./support/recordingMocks");

test("Provider: the credentials the schema marks secret are sent as secrets, the rest plain", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const provider = new ri.Provider("hangzhou", {
        region: "cn-hangzhou",
        endpoint: "http://127.0.0.1:8080",
        accessKey: "LTAI-id",
        secretKey: "the-secret",
        securityToken: "sts-token",
        oppositeAccessKey: "LTAI-other",
        oppositeSecretKey: "other-secret",
        oppositeSecurityToken: "other-sts",
        oppositeProfile: "other",
    });
    await valueOf(provider.id);
    const inputs = mocks.inputsOf("hangzhou");
    for (const key of ["accessKey", "secretKey", "securityToken", "oppositeAccessKey", "oppositeSecretKey", "oppositeSecurityToken"]) {
        assert.ok(isWrappedSecret(inputs[key]), `${key} is a secret`);
    }
    assert.equal(inputs.secretKey.value, "the-secret");
    for (const key of ["region", "endpoint", "oppositeProfile"]) {
        assert.equal(typeof inputs[key], "string", `${key} is plain`);
    }
    assert.equal(mocks.registration("hangzhou").getType(), "pulumi:providers:alicloud-routerinterface");
    assert.ok(ri.Provider.isInstance(provider));
});

test("Provider: an unset secret stays unset rather than becoming a secret undefined", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const provider = new ri.Provider("bare", { region: "cn-shanghai" });
    await valueOf(provider.id);
    assert.equal(mocks.inputsOf("bare").accessKey, undefined);
});

test("Provider: a RouterInterface with an explicit provider registers with that provider's reference", async () => {
    const mocks = await recordingMocks();
    const ri = require("..");
    const provider = new ri.Provider("shanghai", { region: "cn-shanghai" });
    const acceptor = new ri.RouterInterface("acceptor", {
        routerId: "vrt-acceptor",
        routerType: "VRouter",
        role: "AcceptingSide",
        spec: "Negative",
        oppositeRegionId: "cn-hangzhou",
    }, { provider });
    await valueOf(acceptor.id);
    const providerUrn = await valueOf(provider.urn);
    const providerId = await valueOf(provider.id);
    assert.equal(mocks.registration("acceptor").getProvider(), `${providerUrn}::${providerId}`);
    assert.equal(mocks.registration("shanghai").getVersion(), require("../package.json").version);
});
