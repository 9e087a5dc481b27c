// types/index.ts, types/input.ts and types/output.ts: the schema's object types, as interfaces. input.ts has the
// input shape `XArgs` (pulumi.Input at every level) and the plain shape `X` (arguments of a function's Promise form);
// output.ts has `X` with readonly properties, as pulumi/pulumi pkg/codegen/nodejs/gen.go genPlainType writes them.

import { HEADER, docComment, optionalType, typeString } from "./tsText.mjs";

const IMPORTS = `\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\nimport * as outputs from "../types/output";\n`;

function plainInterface(name, type, mode, readonly) {
    let text = `\n${docComment(type.description)}export interface ${name} {\n`;
    for (const prop of type.properties) {
        text += docComment(prop.description, "    ");
        const propType = typeString(prop.spec, mode, mode === "output" ? "outputs." : "inputs.");
        const full = mode === "input" ? `pulumi.Input<${optionalType(propType, prop.required)}>` : propType;
        text += `    ${readonly ? "readonly " : ""}${prop.name}${prop.required ? "" : "?"}: ${full};\n`;
    }
    return text + "}\n";
}

export function typesInputFile(model) {
    let text = HEADER + IMPORTS;
    for (const type of model.types) {
        text += plainInterface(`${type.name}Args`, type, "input", false);
        text += plainInterface(type.name, type, "plain", false);
    }
    return text;
}

export function typesOutputFile(model) {
    let text = HEADER + IMPORTS;
    for (const type of model.types) {
        text += plainInterface(type.name, type, "output", true);
    }
    return text;
}

export function typesIndexFile() {
    return `${HEADER}\n// Export sub-modules:\nimport * as input from "./input";\nimport * as output from "./output";\n\nexport {\n    input,\n    output,\n};\n`;
}
