// scripts/pack-nodejs-sdk.sh (make dist): the npm tarball is named as `npm pack` names it and carries the version
// it was given as both the package's and the plugin's, and only the built package (bin/, README.md, LICENSE).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { execFileSync } = require("node:child_process");
const { mkdtempSync, rmSync, readdirSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const root = join(__dirname, "..", "..", "..");

test("pack: dist gets <scope>-<name>-<version>.tgz with that version in package.json and its pulumi block", (t) => {
    const dist = mkdtempSync(join(tmpdir(), "npm-dist-"));
    t.after(() => rmSync(dist, { recursive: true, force: true }));
    execFileSync("bash", [join(root, "scripts/pack-nodejs-sdk.sh"), "9.8.7-test", dist], { stdio: "pipe" });
    const tarball = join(dist, "alicloud-routerinterface-pulumi-9.8.7-test.tgz");
    assert.ok(readdirSync(dist).includes("alicloud-routerinterface-pulumi-9.8.7-test.tgz"));
    const pkg = JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
    assert.equal(pkg.version, "9.8.7-test");
    assert.deepEqual(pkg.pulumi, { resource: true, name: "alicloud-routerinterface", version: "9.8.7-test" });
    const entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    assert.ok(entries.includes("package/bin/index.js"));
    assert.ok(entries.includes("package/bin/index.d.ts"));
    assert.ok(entries.every((e) => /^package\/(bin\/.+\.(js|d\.ts)|package\.json|README\.md|LICENSE)$/.test(e)), entries.join(", "));
});
