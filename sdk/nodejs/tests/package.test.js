// The package as npm and the engine see it: the plugin the engine installs for it, and the version the SDK asks for.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const pkg = require("../package.json");
const version = readFileSync(join(__dirname, "..", "..", "..", "VERSION"), "utf8").trim();

test("package.json: the pulumi block names the plugin and its version, which is VERSION", () => {
    assert.deepEqual(pkg.pulumi, { resource: true, name: "alicloud-routerinterface", version });
    assert.equal(pkg.version, version);
    assert.ok(!pkg.name.startsWith("@pulumi/"), "an npm name we can own");
});

test("utilities: the version every resource and invoke asks the engine for is the package's", () => {
    const utilities = require("../bin/utilities");
    assert.equal(utilities.getVersion(), version);
    assert.deepEqual(utilities.resourceOptsDefaults(), { version });
});

test("package.json: @pulumi/pulumi is a dependency the lockfile pins", () => {
    const lock = require("../package-lock.json");
    assert.ok(pkg.dependencies["@pulumi/pulumi"]);
    assert.match(lock.packages["node_modules/@pulumi/pulumi"].version, /^3\.\d+\.\d+$/);
    assert.equal(lock.packages["node_modules/typescript"].version, pkg.devDependencies.typescript);
});
