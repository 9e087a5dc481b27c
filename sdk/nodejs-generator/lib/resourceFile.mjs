// One resource class file (and the Provider's), as pulumi/pulumi pkg/codegen/nodejs/gen.go genResource writes it:
// declared outputs, `get` (with the state bag when the schema has stateInputs), required-input checks, defaults
// with environment fallbacks, secret inputs wrapped in pulumi.secret, additionalSecretOutputs, replaceOnChanges,
// and the package version merged into the options (utilities.resourceOptsDefaults).

import { HEADER, docComment, optionalType, typeString } from "./tsText.mjs";

function literal(value) {
    return JSON.stringify(value);
}

function envDefault(prop) {
    if (prop.defaultEnvironment.length === 0) {
        return undefined;
    }
    const kind = prop.spec.type === "boolean" ? "Boolean" : prop.spec.type === "integer" || prop.spec.type === "number" ? "Number" : "";
    const cast = prop.spec.type !== "string" && kind === "" ? "<any>" : "";
    return `${cast}utilities.getEnv${kind}(${prop.defaultEnvironment.map(literal).join(", ")})`;
}

/** The default expression of an input (gen.go getDefaultValue): environment first, then the schema's default. */
export function defaultValue(prop) {
    const value = prop.default === undefined ? undefined : literal(prop.default);
    const env = envDefault(prop);
    if (env && value !== undefined) {
        return `(${env} || ${value})`;
    }
    return env ?? value;
}

function inputAssignment(prop, isProvider) {
    let arg = prop.secret ? `args?.${prop.name} ? pulumi.secret(args.${prop.name}) : undefined` : `args?.${prop.name}`;
    const dv = defaultValue(prop);
    if (dv !== undefined) {
        arg = `(${arg}) ?? ${dv}`;
    }
    // Provider properties go to the engine as strings: everything else is JSON.
    if (isProvider && !(prop.spec.type === "string" && !prop.spec.$ref)) {
        arg = `pulumi.output(${arg}).apply(JSON.stringify)`;
    }
    return `            resourceInputs["${prop.name}"] = ${arg};\n`;
}

function argsInterface(name, description, props) {
    let text = `\n/**\n * ${description}\n */\nexport interface ${name} {\n`;
    for (const prop of props) {
        text += docComment(prop.description, "    ");
        text += `    ${prop.name}${prop.required ? "" : "?"}: pulumi.Input<${optionalType(typeString(prop.spec, "input"), prop.required)}>;\n`;
    }
    return text + "}\n";
}

/** The text of `<file>.ts` for a resource (or the provider when `isProvider`). */
export function resourceFile(resource, packageName, isProvider = false) {
    const name = resource.name;
    const stateType = `${name}State`;
    const argsType = `${name}Args`;
    const inputNames = new Set(resource.inputs.map((p) => p.name));
    const allOptional = resource.inputs.every((p) => !p.required);
    const options = isProvider ? "ResourceOptions" : "CustomResourceOptions";
    const hasState = !isProvider && resource.stateInputs !== undefined;

    let text = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "./types/input";\nimport * as outputs from "./types/output";\nimport * as utilities from "./utilities";\n\n`;
    text += docComment(resource.description);
    text += `export class ${name} extends pulumi.${isProvider ? "ProviderResource" : "CustomResource"} {\n`;
    if (!isProvider) {
        text += `    /**\n     * Get an existing ${name} resource's state with the given name, ID, and optional extra\n     * properties used to qualify the lookup.\n     *\n`;
        text += `     * @param name The _unique_ name of the resulting resource.\n     * @param id The _unique_ provider ID of the resource to lookup.\n`;
        if (hasState) {
            text += `     * @param state Any extra arguments used during the lookup.\n`;
        }
        text += `     * @param opts Optional settings to control the behavior of the CustomResource.\n     */\n`;
        const stateParam = hasState ? `state?: ${stateType}, ` : "";
        const stateRef = hasState ? "<any>state, " : "undefined as any, ";
        text += `    public static get(name: string, id: pulumi.Input<pulumi.ID>, ${stateParam}opts?: pulumi.CustomResourceOptions): ${name} {\n`;
        text += `        return new ${name}(name, ${stateRef}{ ...opts, id: id });\n    }\n\n`;
    }
    const pulumiType = isProvider ? packageName : resource.token;
    const typeExpression = isProvider ? `"pulumi:providers:" + ${name}.__pulumiType` : `${name}.__pulumiType`;
    text += `    /** @internal */\n    public static readonly __pulumiType = '${pulumiType}';\n\n`;
    text += `    /**\n     * Returns true if the given object is an instance of ${name}.  This is designed to work even\n     * when multiple copies of the Pulumi SDK have been loaded into the same process.\n     */\n`;
    text += `    public static isInstance(obj: any): obj is ${name} {\n        if (obj === undefined || obj === null) {\n            return false;\n        }\n`;
    text += `        return obj['__pulumiType'] === ${typeExpression};\n    }\n\n`;
    for (const prop of resource.properties) {
        text += docComment(prop.description, "    ");
        const out = inputNames.has(prop.name) ? "" : "/*out*/ ";
        text += `    declare public ${out}readonly ${prop.name}: pulumi.Output<${optionalType(typeString(prop.spec, "output"), prop.required)}>;\n`;
    }
    text += `\n    /**\n     * Create a ${name} resource with the given unique name, arguments, and options.\n     *\n`;
    text += `     * @param name The _unique_ name of the resource.\n     * @param args The arguments to use to populate this resource's properties.\n     * @param opts A bag of options that control this resource's behavior.\n     */\n`;
    text += `    constructor(name: string, args${allOptional ? "?" : ""}: ${argsType}, opts?: pulumi.${options})${hasState ? "" : " {"}\n`;

    const inputBody = () => {
        let body = "";
        for (const prop of resource.inputs.filter((p) => p.required)) {
            body += `            if (args?.${prop.name} === undefined && !opts.urn) {\n                throw new Error("Missing required property '${prop.name}'");\n            }\n`;
        }
        for (const prop of resource.inputs) {
            body += inputAssignment(prop, isProvider);
        }
        for (const prop of resource.properties.filter((p) => !inputNames.has(p.name))) {
            body += `            resourceInputs["${prop.name}"] = undefined /*out*/;\n`;
        }
        return body;
    };

    if (hasState) {
        text += `    constructor(name: string, argsOrState?: ${argsType} | ${stateType}, opts?: pulumi.${options}) {\n`;
    }
    text += `        let resourceInputs: pulumi.Inputs = {};\n        opts = opts || {};\n`;
    if (isProvider) {
        text += `        {\n${inputBody()}`;
    } else if (hasState) {
        text += `        if (opts.id) {\n            const state = argsOrState as ${stateType} | undefined;\n`;
        for (const prop of resource.stateInputs) {
            text += `            resourceInputs["${prop.name}"] = state?.${prop.name};\n`;
        }
        text += `        } else {\n            const args = argsOrState as ${argsType} | undefined;\n${inputBody()}`;
    } else {
        text += `        if (!opts.id) {\n${inputBody()}        } else {\n`;
        for (const prop of resource.properties) {
            text += `            resourceInputs["${prop.name}"] = undefined /*out*/;\n`;
        }
    }
    text += `        }\n        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);\n`;
    const secrets = resource.properties.filter((p) => p.secret).map((p) => p.name);
    if (secrets.length > 0) {
        text += `        const secretOpts = { additionalSecretOutputs: ["${secrets.join('", "')}"] };\n        opts = pulumi.mergeOptions(opts, secretOpts);\n`;
    }
    const replace = resource.properties.filter((p) => p.replaceOnChanges).map((p) => p.name);
    if (replace.length > 0) {
        text += `        const replaceOnChanges = { replaceOnChanges: ["${replace.join('", "')}"] };\n        opts = pulumi.mergeOptions(opts, replaceOnChanges);\n`;
    }
    text += `        super(${name}.__pulumiType, name, resourceInputs, opts);\n    }\n}\n`;

    if (hasState) {
        text += `\n/**\n * Input properties used for looking up and filtering ${name} resources.\n */\nexport interface ${stateType} {\n`;
        for (const prop of resource.stateInputs) {
            text += docComment(prop.description, "    ");
            text += `    ${prop.name}?: pulumi.Input<${typeString(prop.spec, "input")} | undefined>;\n`;
        }
        text += "}\n";
    }
    text += argsInterface(argsType, `The set of arguments for constructing a ${name} resource.`, resource.inputs);
    return text;
}
