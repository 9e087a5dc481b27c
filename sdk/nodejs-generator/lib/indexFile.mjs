// index.ts, as pulumi/pulumi pkg/codegen/nodejs/gen.go genIndex and genResourceModule write it: lazily loaded
// members, the config and types sub-modules, and the registrations that let the runtime rehydrate resource
// references and providers of this package at this package's version (utilities.getVersion()).

import { HEADER } from "./tsText.mjs";
import { functionExports } from "./functionFile.mjs";

function lazyMembers(file, typeNames, valueNames, classNames) {
    let text = `export { ${typeNames.join(", ")} } from "./${file}";\n`;
    for (const className of classNames) {
        text += `export type ${className} = import("./${file}").${className};\n`;
    }
    for (const value of valueNames) {
        text += `export const ${value}: typeof import("./${file}").${value} = null as any;\n`;
    }
    text += `utilities.lazyLoad(exports, [${valueNames.map((v) => JSON.stringify(v)).join(",")}], () => require("./${file}"));\n\n`;
    return text;
}

export function indexFile(model) {
    let text = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as utilities from "./utilities";\n\n// Export members:\n`;
    const members = [
        ...model.functions.map((fn) => ({ file: fn.file, ...functionExports(fn), classes: [] })),
        { file: "provider", types: ["ProviderArgs"], values: ["Provider"], classes: ["Provider"] },
        ...model.resources.map((r) => ({
            file: r.file,
            types: r.stateInputs ? [`${r.name}Args`, `${r.name}State`] : [`${r.name}Args`],
            values: [r.name],
            classes: [r.name],
        })),
    ].sort((a, b) => a.file.localeCompare(b.file));
    for (const member of members) {
        text += lazyMembers(member.file, member.types, member.values, member.classes);
    }
    text += `\n// Export sub-modules:\nimport * as config from "./config";\nimport * as types from "./types";\n\nexport {\n    config,\n    types,\n};\n`;
    if (model.resources.length > 0) {
        text += `\nconst _module = {\n    version: utilities.getVersion(),\n    construct: (name: string, type: string, urn: string): pulumi.Resource => {\n        switch (type) {\n`;
        for (const r of model.resources) {
            text += `            case "${r.token}":\n                return new ${r.name}(name, <any>undefined, { urn })\n`;
        }
        text += "            default:\n                throw new Error(`unknown resource type ${type}`);\n        }\n    },\n};\n";
        const modules = [...new Set(model.resources.map((r) => r.token.split(":")[1]))].sort();
        for (const mod of modules) {
            text += `pulumi.runtime.registerResourceModule("${model.name}", "${mod}", _module)\n`;
        }
    }
    text += `pulumi.runtime.registerResourcePackage("${model.name}", {\n    version: utilities.getVersion(),\n`;
    text += `    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {\n`;
    text += `        if (type !== "${model.provider.token}") {\n            throw new Error(\`unknown provider type \${type}\`);\n        }\n`;
    text += `        return new Provider(name, <any>undefined, { urn });\n    },\n});\n`;
    return text;
}
