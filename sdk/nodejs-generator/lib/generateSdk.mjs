// The whole SDK as a map of relative path → text, from a parsed schema, the version and the package settings.
// Pure: reading the inputs and writing the files is generate.mjs's job, so tests can generate into memory.

import { readSchema } from "./model.mjs";
import { resourceFile } from "./resourceFile.mjs";
import { functionFile } from "./functionFile.mjs";
import { configIndexFile, configVarsFile } from "./configFile.mjs";
import { typesIndexFile, typesInputFile, typesOutputFile } from "./typesFiles.mjs";
import { indexFile } from "./indexFile.mjs";
import { utilitiesFile } from "./utilitiesFile.mjs";
import { packageJson, readme, tsconfigJson } from "./packageFiles.mjs";

export function generateSdk(schema, version, settings) {
    const model = readSchema(schema, version);
    const files = new Map();
    files.set("utilities.ts", utilitiesFile());
    files.set("provider.ts", resourceFile(model.provider, model.name, true));
    for (const resource of model.resources) {
        files.set(`${resource.file}.ts`, resourceFile(resource, model.name));
    }
    for (const fn of model.functions) {
        files.set(`${fn.file}.ts`, functionFile(fn));
    }
    files.set("config/vars.ts", configVarsFile(model));
    files.set("config/index.ts", configIndexFile());
    files.set("types/index.ts", typesIndexFile());
    files.set("types/input.ts", typesInputFile(model));
    files.set("types/output.ts", typesOutputFile(model));
    files.set("index.ts", indexFile(model));
    files.set("tsconfig.json", tsconfigJson([...files.keys()]));
    files.set("package.json", packageJson(model, settings));
    files.set("README.md", readme(model, settings));
    return files;
}
