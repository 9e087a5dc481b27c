#!/usr/bin/env node
// Generates sdk/nodejs from schema.json (and VERSION): `node sdk/nodejs-generator/generate.mjs [--schema <file>]
// [--version <file>] [--out <dir>]`. Writes every generated file and deletes generated files (*.ts, and the
// package files) that the schema no longer produces; never touches node_modules/, bin/, tests/ or package-lock.json.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateSdk } from "./lib/generateSdk.mjs";
import { writeSdk } from "./lib/writeSdk.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const { values } = parseArgs({
    options: {
        schema: { type: "string", default: resolve(root, "schema.json") },
        version: { type: "string", default: resolve(root, "VERSION") },
        out: { type: "string", default: resolve(root, "sdk/nodejs") },
    },
});

const schema = JSON.parse(readFileSync(values.schema, "utf8"));
const version = readFileSync(values.version, "utf8").trim();
const settings = JSON.parse(readFileSync(resolve(here, "package-settings.json"), "utf8"));
const files = generateSdk(schema, version, settings);
const { written, removed } = writeSdk(values.out, files);
console.log(`sdk/nodejs: ${files.size} files from ${values.schema} (${written} written, ${removed} removed) into ${values.out}`);
