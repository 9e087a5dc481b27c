// sdk/nodejs is exactly what the generator makes of schema.json and VERSION today: same files, same text.
// A schema change without `node sdk/nodejs-generator/generate.mjs` fails here with the files that differ.

import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateSdk } from "../lib/generateSdk.mjs";
import { generatedFilesIn } from "../lib/writeSdk.mjs";
import { repositoryInputs, sdkDir } from "./support.mjs";

const REGENERATE = "run `node sdk/nodejs-generator/generate.mjs` and commit sdk/nodejs";

test("sdk/nodejs: the committed files are the generator's output for schema.json", () => {
    const { schema, version, settings } = repositoryInputs();
    const expected = generateSdk(schema, version, settings);
    assert.deepEqual(generatedFilesIn(sdkDir), [...expected.keys()].sort(), `the set of files differs: ${REGENERATE}`);
    const stale = [...expected].filter(([rel, text]) => readFileSync(join(sdkDir, rel), "utf8") !== text).map(([rel]) => rel);
    assert.deepEqual(stale, [], `these files differ from a fresh generation: ${REGENERATE}`);
});

test("sdk/nodejs: every resource, input, output, required flag, secret and config key of the schema is generated", () => {
    const { schema, version, settings } = repositoryInputs();
    const files = generateSdk(schema, version, settings);
    for (const [token, resource] of Object.entries(schema.resources)) {
        const name = token.split(":")[2];
        const text = files.get(`${name[0].toLowerCase()}${name.slice(1)}.ts`);
        for (const [prop, spec] of Object.entries(resource.properties)) {
            const required = (resource.required ?? []).includes(prop);
            assert.match(text, new RegExp(`readonly ${prop}: pulumi\\.Output<[^>]*${required ? "" : " \\| undefined"}>;`), `${name}.${prop} output`);
            if (spec.description) {
                assert.ok(text.includes(spec.description.split("\n")[0]), `${name}.${prop} description`);
            }
        }
        for (const prop of Object.keys(resource.inputProperties)) {
            const required = (resource.requiredInputs ?? []).includes(prop);
            assert.match(text, new RegExp(`\\n    ${prop}${required ? "" : "\\?"}: pulumi\\.Input<`), `${name}Args.${prop}`);
            assert.equal(text.includes(`Missing required property '${prop}'`), required, `${name}.${prop} required check`);
        }
    }
    const provider = files.get("provider.ts");
    for (const [prop, spec] of Object.entries(schema.provider.inputProperties)) {
        assert.equal(provider.includes(`pulumi.secret(args.${prop})`), spec.secret === true, `Provider.${prop} secret`);
    }
    const vars = files.get("config/vars.ts");
    for (const [key, spec] of Object.entries(schema.config.variables)) {
        assert.ok(vars.includes(`export declare const ${key}:`), `config.${key}`);
        for (const env of spec.defaultInfo?.environment ?? []) {
            assert.ok(vars.includes(`"${env}"`), `config.${key} falls back to ${env}`);
        }
    }
});
