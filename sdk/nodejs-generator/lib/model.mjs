// Reads a Pulumi package schema (schema.json) into the shape the file writers use: properties as ordered lists
// with their required/secret/default flags, resources, the provider, config variables, functions and object types.
// Only what the Node.js codegen reads is kept (pulumi/pulumi pkg/codegen/schema: properties, required, secret,
// default, defaultInfo.environment, replaceOnChanges, stateInputs, inputs/outputs of functions).

import { fileName, tokenName, upperFirst } from "./tsText.mjs";

function properties(object, requiredNames = object?.required ?? []) {
    const required = new Set(requiredNames);
    return Object.entries(object?.properties ?? {}).map(([name, spec]) => ({
        name,
        spec,
        description: spec.description ?? "",
        required: required.has(name),
        secret: spec.secret === true,
        replaceOnChanges: spec.replaceOnChanges === true,
        default: spec.default,
        defaultEnvironment: spec.defaultInfo?.environment ?? [],
    }));
}

function resource(token, spec) {
    return {
        token,
        name: upperFirst(tokenName(token)),
        file: fileName(token),
        description: spec.description ?? "",
        properties: properties(spec, spec.required),
        inputs: properties({ properties: spec.inputProperties }, spec.requiredInputs),
        stateInputs: spec.stateInputs ? properties(spec.stateInputs, []) : undefined,
        deprecationMessage: spec.deprecationMessage,
    };
}

function func(token, spec) {
    const name = tokenName(token);
    return {
        token,
        name,
        file: fileName(token),
        description: spec.description ?? "",
        inputs: spec.inputs ? properties(spec.inputs) : [],
        outputs: properties(spec.outputs ?? {}),
        deprecationMessage: spec.deprecationMessage,
    };
}

/** The package model of `schema` (the parsed schema.json) at `version` (the VERSION file). */
export function readSchema(schema, version) {
    const config = properties({ properties: schema.config?.variables ?? {} }, schema.config?.defaults ?? [])
        .sort((a, b) => a.name.localeCompare(b.name));
    const provider = {
        token: `pulumi:providers:${schema.name}`,
        name: "Provider",
        file: "provider",
        description: schema.provider?.description ?? "",
        properties: properties({ properties: schema.provider?.properties ?? {} }, schema.provider?.required),
        inputs: properties({ properties: schema.provider?.inputProperties ?? {} }, schema.provider?.requiredInputs),
    };
    const resources = Object.entries(schema.resources ?? {})
        .map(([token, spec]) => resource(token, spec))
        .sort((a, b) => a.file.localeCompare(b.file));
    const functions = Object.entries(schema.functions ?? {})
        .map(([token, spec]) => func(token, spec))
        .sort((a, b) => a.file.localeCompare(b.file));
    const types = Object.entries(schema.types ?? {})
        .map(([token, spec]) => {
            if (spec.type !== "object" || spec.enum) {
                throw new Error(`type ${token}: only object types are generated (enums are not)`);
            }
            return { token, name: upperFirst(tokenName(token)), description: spec.description ?? "", properties: properties(spec) };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
    return {
        name: schema.name,
        version,
        description: schema.description ?? "",
        keywords: schema.keywords ?? [],
        license: schema.license,
        repository: schema.repository,
        homepage: schema.homepage,
        npmName: schema.language?.nodejs?.packageName,
        config,
        provider,
        resources,
        functions,
        types,
    };
}
