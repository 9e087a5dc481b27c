// The config module: `alicloud-routerinterface:<key>` from the stack config, else the environment variables the
// schema names for the key, in their order.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");

const pulumi = require("@pulumi/pulumi");

const ENV = ["ALIBABA_CLOUD_REGION_ID", "ALIBABA_CLOUD_REGION", "ALICLOUD_REGION", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY", "ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM"];

/** Runs `body` with the stack config `stackConfig` (as the language host passes it) and only `values` of ENV set. */
function withEnvironment(values, body, stackConfig = {}) {
    pulumi.runtime.setAllConfig(stackConfig, []);
    const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
    for (const name of ENV) {
        delete process.env[name];
    }
    Object.assign(process.env, values);
    try {
        return body(require("..").config);
    } finally {
        for (const [name, value] of Object.entries(saved)) {
            if (value === undefined) {
                delete process.env[name];
            } else {
                process.env[name] = value;
            }
        }
    }
}

test("config: a key set in the stack config wins over the environment", () => {
    withEnvironment({ ALICLOUD_REGION: "cn-hangzhou" }, (config) => {
        assert.equal(config.region, "cn-beijing");
    }, { "alicloud-routerinterface:region": "cn-beijing" });
});

test("config: an unset key falls back to the first set environment variable, in the schema's order", () => {
    withEnvironment({ ALIBABA_CLOUD_REGION: "cn-shanghai", ALICLOUD_REGION: "cn-hangzhou" }, (config) => {
        assert.equal(config.region, "cn-shanghai");
    });
    withEnvironment({ ALICLOUD_REGION: "cn-hangzhou" }, (config) => {
        assert.equal(config.region, "cn-hangzhou");
    });
    withEnvironment({ ALICLOUD_ACCESS_KEY: "LTAI-env", ALICLOUD_ROUTERINTERFACE_SIGNATURE_ALGORITHM: "v2" }, (config) => {
        assert.equal(config.accessKey, "LTAI-env");
        assert.equal(config.signatureAlgorithm, "v2");
    });
});

test("config: a key with neither config nor environment is undefined; one without fallbacks ignores the environment", () => {
    withEnvironment({}, (config) => {
        assert.equal(config.region, undefined);
        assert.equal(config.endpoint, undefined);
    });
});

test("config: every config variable of the schema is a member", () => {
    const schema = require("../../../schema.json");
    const config = require("..").config;
    assert.deepEqual(Object.keys(config).sort(), Object.keys(schema.config.variables).sort());
});
