// writeSdk: a regeneration writes what changed, removes generated files the schema no longer produces, and leaves
// what is not generated (node_modules/, bin/, tests/, package-lock.json) alone.

import test from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedFilesIn, writeSdk } from "../lib/writeSdk.mjs";

test("writeSdk: stale generated files go, hand-kept ones stay, unchanged files are not rewritten", (t) => {
    const dir = mkdtempSync(join(tmpdir(), "write-sdk-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    for (const rel of ["oldFunction.ts", "tests/keep.test.js", "bin/index.js", "node_modules/x/index.ts", "package-lock.json", "index.ts"]) {
        mkdirSync(join(dir, rel, ".."), { recursive: true });
        writeFileSync(join(dir, rel), "old");
    }
    const files = new Map([["index.ts", "old"], ["config/vars.ts", "new"], ["package.json", "{}"]]);

    const { written, removed } = writeSdk(dir, files);

    assert.equal(removed, 1);
    assert.equal(written, 2);
    assert.ok(!existsSync(join(dir, "oldFunction.ts")));
    for (const kept of ["tests/keep.test.js", "bin/index.js", "node_modules/x/index.ts", "package-lock.json"]) {
        assert.equal(readFileSync(join(dir, kept), "utf8"), "old", kept);
    }
    assert.deepEqual(generatedFilesIn(dir), ["config/vars.ts", "index.ts", "package.json"]);
});
