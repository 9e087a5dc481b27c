// Writes a generated SDK into a directory and removes the generated files the schema no longer produces (every
// *.ts outside node_modules/, bin/ and tests/). Also lists the files of a directory that belong to the generated
// set, for the test that compares the committed SDK with a fresh generation.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const NOT_GENERATED = new Set(["node_modules", "bin", "tests"]);

/** The relative paths of the generated-looking files under `dir`: *.ts plus the package files. */
export function generatedFilesIn(dir) {
    const found = [];
    const walk = (current) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const path = join(current, entry.name);
            const rel = relative(dir, path).split("\\").join("/");
            if (entry.isDirectory()) {
                if (!NOT_GENERATED.has(rel)) {
                    walk(path);
                }
            } else if (rel.endsWith(".ts") || ["package.json", "tsconfig.json", "README.md"].includes(rel)) {
                found.push(rel);
            }
        }
    };
    if (existsSync(dir)) {
        walk(dir);
    }
    return found.sort();
}

export function writeSdk(dir, files) {
    let written = 0;
    let removed = 0;
    for (const stale of generatedFilesIn(dir).filter((rel) => !files.has(rel))) {
        rmSync(join(dir, stale));
        removed++;
    }
    for (const [rel, text] of files) {
        const path = join(dir, rel);
        mkdirSync(dirname(path), { recursive: true });
        if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
            writeFileSync(path, text);
            written++;
        }
    }
    return { written, removed };
}
