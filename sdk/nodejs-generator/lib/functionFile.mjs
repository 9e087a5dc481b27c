// One function file with both forms, as pulumi/pulumi pkg/codegen/nodejs/gen.go genFunction writes them:
// `getX(args, opts): Promise<GetXResult>` through pulumi.runtime.invoke, and `getXOutput(args, opts):
// pulumi.Output<GetXResult>` through pulumi.runtime.invokeOutput, with the package version in the options.

import { HEADER, docComment, optionalType, typeString, upperFirst } from "./tsText.mjs";

function argsInterface(name, props, mode) {
    let text = `\nexport interface ${name} {\n`;
    for (const prop of props) {
        text += docComment(prop.description, "    ");
        const type = typeString(prop.spec, mode);
        const full = mode === "input" ? `pulumi.Input<${optionalType(type, prop.required)}>` : type;
        text += `    ${prop.name}${prop.required ? "" : "?"}: ${full};\n`;
    }
    return text + "}\n";
}

function body(fn, invoke, argsOptional) {
    let text = argsOptional ? "    args = args || {};\n" : "";
    text += `    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});\n`;
    text += `    return pulumi.runtime.${invoke}("${fn.token}", {\n`;
    for (const prop of fn.inputs) {
        text += `        "${prop.name}": args.${prop.name},\n`;
    }
    return text + "    }, opts);\n}\n";
}

/** The text of `<function>.ts`. */
export function functionFile(fn) {
    const upper = upperFirst(fn.name);
    const argsOptional = fn.inputs.every((p) => !p.required);
    const hasArgs = fn.inputs.length > 0;
    const flag = argsOptional ? "?" : "";
    let text = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "./types/input";\nimport * as outputs from "./types/output";\nimport * as utilities from "./utilities";\n\n`;

    text += docComment(fn.description);
    const plainArgs = hasArgs ? `args${flag}: ${upper}Args, ` : "";
    text += `export function ${fn.name}(${plainArgs}opts?: pulumi.InvokeOptions): Promise<${upper}Result> {\n`;
    text += body(fn, "invoke", argsOptional && hasArgs);
    if (hasArgs) {
        text += argsInterface(`${upper}Args`, fn.inputs, "plain");
    }

    text += `\n/**\n * A collection of values returned by ${fn.name}.\n */\nexport interface ${upper}Result {\n`;
    for (const prop of fn.outputs) {
        text += docComment(prop.description, "    ");
        text += `    readonly ${prop.name}${prop.required ? "" : "?"}: ${typeString(prop.spec, "output")};\n`;
    }
    text += "}\n";

    text += docComment(fn.description);
    const outputArgs = hasArgs ? `args${flag}: ${upper}OutputArgs, ` : "";
    text += `export function ${fn.name}Output(${outputArgs}opts?: pulumi.InvokeOutputOptions): pulumi.Output<${upper}Result> {\n`;
    text += body(fn, "invokeOutput", argsOptional && hasArgs);
    if (hasArgs) {
        text += argsInterface(`${upper}OutputArgs`, fn.inputs, "input");
    }
    return text;
}

/** The names a function file exports, for index.ts. */
export function functionExports(fn) {
    const upper = upperFirst(fn.name);
    const types = fn.inputs.length > 0 ? [`${upper}Args`, `${upper}Result`, `${upper}OutputArgs`] : [`${upper}Result`];
    return { types, values: [fn.name, `${fn.name}Output`] };
}
