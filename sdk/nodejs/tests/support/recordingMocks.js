// Pulumi's mocks (pulumi.runtime.setMocks) with every RegisterResource and Invoke request the SDK sends recorded
// as sent, so tests see what reaches the engine: inputs (secrets still wrapped), the package version,
// customTimeouts, the provider reference, replaceOnChanges and additionalSecretOutputs. A new resource gets the ID
// `ri-<name>` and its inputs as outputs, plus the outputs `extraOutputs` names for its type.
"use strict";
const pulumi = require("@pulumi/pulumi");
const settings = require("@pulumi/pulumi/runtime/settings");

/** The value an Output resolves to (the mocks resolve every output). */
function valueOf(output) {
    return new Promise((resolve) => output.apply(resolve));
}

async function recordingMocks({ extraOutputs = {}, call = (args) => args.inputs } = {}) {
    const registrations = [];
    const invokes = [];
    const mocks = {
        newResource(args) {
            const id = args.id || `ri-${args.name}`;
            return { id, state: { ...args.inputs, ...(extraOutputs[args.type] ?? {}) } };
        },
        call(args) {
            invokes.push(args);
            return call(args);
        },
    };
    await pulumi.runtime.setMocks(mocks, "sdk-tests", "dev", false);
    const monitor = settings.getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        registrations.push(req);
        return register(req, callback);
    };
    return {
        registrations,
        invokes,
        /** The RegisterResource request of the resource named `name`. */
        registration(name) {
            const found = registrations.find((req) => req.getName() === name);
            if (!found) {
                throw new Error(`no registration of ${name} (got ${registrations.map((r) => r.getName()).join(", ")})`);
            }
            return found;
        },
        /** The inputs of a registration as the SDK serialized them (secrets wrapped). */
        inputsOf(name) {
            return this.registration(name).getObject().toJavaScript();
        },
    };
}

/** The secret signature of Pulumi's wire format (pulumi/pulumi sdk/nodejs/runtime/rpc.ts specialSecretSig). */
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const SIG_KEY = "4dabf18193072939515e22adb298388d";

function isWrappedSecret(value) {
    return value !== null && typeof value === "object" && value[SIG_KEY] === SECRET_SIG;
}

module.exports = { recordingMocks, valueOf, isWrappedSecret };
