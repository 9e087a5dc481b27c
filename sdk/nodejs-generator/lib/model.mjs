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

/**
 * A copy of `schema` in which every `$ref` to an enum type is that enum's underlying type (`string`, `integer`, …),
 * with the enum's values named in the description. Pulumi's codegen writes enums as const objects in types/enums;
 * this generator does not (the schema has none yet), and an underlying type accepts every value the enum allows.
 */
function inlineEnums(schema) {
    const enums = new Map(Object.entries(schema.types ?? {}).filter(([, spec]) => spec.enum).map(([token, spec]) => [`#/types/${token}`, spec]));
    const walk = (node) => {
        if (Array.isArray(node)) {
            return node.map(walk);
        }
        if (node === null || typeof node !== "object") {
            return node;
        }
        if (typeof node.$ref === "string" && enums.has(node.$ref)) {
            const spec = enums.get(node.$ref);
            const values = spec.enum.map((e) => JSON.stringify(e.value)).join(", ");
            const { $ref, ...rest } = node;
            return { ...rest, type: spec.type, description: `${rest.description ?? ""}${rest.description ? " " : ""}One of ${values}.` };
        }
        return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    };
    const copy = walk(schema);
    copy.types = Object.fromEntries(Object.entries(copy.types ?? {}).filter(([, spec]) => !spec.enum));
    return copy;
}

/** The package model of `schema` (the parsed schema.json) at `version` (the VERSION file). */
export function readSchema(original, version) {
    const schema = inlineEnums(original);
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
            if (spec.type !== "object") {
                throw new Error(`type ${token}: only object and enum types are supported`);
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
