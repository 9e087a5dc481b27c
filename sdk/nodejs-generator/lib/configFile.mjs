// config/vars.ts and config/index.ts, as pulumi/pulumi pkg/codegen/nodejs/gen.go genConfig writes them: one getter
// per config variable of the schema, read from the `<package>:<key>` stack config and falling back to the
// variable's environment variables (defaultInfo.environment) and default.

import { HEADER, docComment, typeString } from "./tsText.mjs";
import { defaultValue } from "./resourceFile.mjs";

/** The text of config/vars.ts. */
export function configVarsFile(model) {
    let text = `${HEADER}\nimport * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\nimport * as outputs from "../types/output";\nimport * as utilities from "../utilities";\n\n`;
    text += `declare var exports: any;\nconst __config = new pulumi.Config("${model.name}");\n`;
    for (const variable of model.config) {
        const type = typeString(variable.spec, "output", "outputs.");
        const isString = variable.spec.type === "string" && !variable.spec.$ref;
        const read = isString ? `__config.get("${variable.name}")` : `__config.getObject<${type}>("${variable.name}")`;
        const dv = defaultValue(variable);
        text += `\n${docComment(variable.description)}`;
        text += `export declare const ${variable.name}: ${type}${variable.default === undefined ? " | undefined" : ""};\n`;
        text += `Object.defineProperty(exports, "${variable.name}", {\n    get() {\n        return ${read}${dv === undefined ? "" : ` ?? ${dv}`};\n    },\n    enumerable: true,\n});\n`;
    }
    return text;
}

export function configIndexFile() {
    return `${HEADER}\n// Export members:\nexport * from "./vars";\n`;
}
