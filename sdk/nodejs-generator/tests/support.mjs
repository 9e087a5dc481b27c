// What the generator's tests share: the repository's inputs (schema.json, VERSION, the package settings) and a
// generation into a temporary directory that can be compiled against sdk/nodejs's installed packages.

import { mkdtempSync, readFileSync, rmSync, symlinkSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { generateSdk } from "../lib/generateSdk.mjs";
import { writeSdk } from "../lib/writeSdk.mjs";

export const generatorDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const root = resolve(generatorDir, "../..");
export const sdkDir = join(root, "sdk/nodejs");

export function repositoryInputs() {
    return {
        schema: JSON.parse(readFileSync(join(root, "schema.json"), "utf8")),
        version: readFileSync(join(root, "VERSION"), "utf8").trim(),
        settings: JSON.parse(readFileSync(join(generatorDir, "package-settings.json"), "utf8")),
    };
}

/**
 * Generates `schema` into a new temporary directory whose node_modules is sdk/nodejs's (installed by `npm ci`),
 * compiles it with the pinned TypeScript (strict, as the package's build does) and returns the directory and a
 * dispose. Throws with tsc's output when it does not compile.
 */
export function generateAndCompile(schema) {
    const { version, settings } = repositoryInputs();
    const modules = join(sdkDir, "node_modules");
    if (!existsSync(join(modules, "typescript"))) {
        throw new Error(`${modules} is missing: run \`npm ci\` in sdk/nodejs first (make nodejs does)`);
    }
    const dir = mkdtempSync(join(tmpdir(), "nodejs-sdk-"));
    writeSdk(dir, generateSdk(schema, version, settings));
    symlinkSync(modules, join(dir, "node_modules"), "dir");
    try {
        execFileSync(process.execPath, [join(modules, "typescript/bin/tsc"), "-p", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`the generated SDK does not compile:\n${error.stdout}${error.stderr}`);
    }
    return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
