// utilities.ts: the helpers every generated Node.js SDK carries (pulumi/pulumi pkg/codegen/nodejs/utilities.ts):
// environment fallbacks, the package version the engine is asked for (resourceOptsDefaults, so the engine loads the
// plugin of the SDK's own version), lazy loading of members.

import { HEADER } from "./tsText.mjs";

export function utilitiesFile() {
    return `${HEADER}
export function getEnv(...vars: string[]): string | undefined {
    for (const v of vars) {
        const value = process.env[v];
        if (value) {
            return value;
        }
    }
    return undefined;
}

export function getEnvBoolean(...vars: string[]): boolean | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        // The spellings Go's strconv.ParseBool accepts, as the generated SDKs read them.
        if (["1", "t", "T", "true", "TRUE", "True"].find(v => v === s) !== undefined) {
            return true;
        }
        if (["0", "f", "F", "false", "FALSE", "False"].find(v => v === s) !== undefined) {
            return false;
        }
    }
    return undefined;
}

export function getEnvNumber(...vars: string[]): number | undefined {
    const s = getEnv(...vars);
    if (s !== undefined) {
        const f = parseFloat(s);
        if (!isNaN(f)) {
            return f;
        }
    }
    return undefined;
}

export function getVersion(): string {
    // The package root's package.json: this file is compiled to bin/utilities.js and the package ships bin/ with
    // package.json beside it (Pulumi's generated SDKs publish bin/ itself with a copy, hence their './package.json').
    let version = require("../package.json").version;
    // Node allows for the version to be prefixed by a "v", while semver doesn't.
    if (version.indexOf("v") === 0) {
        version = version.slice(1);
    }
    return version;
}

/** @internal */
export function resourceOptsDefaults(): any {
    return { version: getVersion() };
}

/** @internal */
export function lazyLoad(exports: any, props: string[], loadModule: any) {
    for (let property of props) {
        Object.defineProperty(exports, property, {
            enumerable: true,
            get: function() {
                return loadModule()[property];
            },
        });
    }
}

`;
}
