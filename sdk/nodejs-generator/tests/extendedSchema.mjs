// schema.json extended with what the generator must handle and today's schema lacks: the function
// alicloud-routerinterface:index:getRouterInterfaces (the arguments and answer of issue 23), the object type of
// its answer's rows, the resource's stateInputs, and one output marked secret. Entries already in the schema are
// kept as they are, so this stays valid once issue 23 lands.

const STRING = { type: "string" };

function str(description) {
    return { ...STRING, description };
}

export const FUNCTION_TOKEN = "alicloud-routerinterface:index:getRouterInterfaces";
export const ROW_TYPE_TOKEN = "alicloud-routerinterface:index:getRouterInterfacesInterface";

export function extendedSchema(schema) {
    const copy = structuredClone(schema);
    const resource = copy.resources["alicloud-routerinterface:index:RouterInterface"];
    copy.types = { ...copy.types };
    copy.types[ROW_TYPE_TOKEN] ??= {
        type: "object",
        description: "One router interface of the answer: the outputs of a RouterInterface.",
        properties: Object.fromEntries(Object.entries(resource.properties).map(([name, spec]) => [name, { type: spec.type, description: spec.description }])),
        required: ["routerInterfaceId", "routerId", "status"],
    };
    copy.functions = { ...copy.functions };
    copy.functions[FUNCTION_TOKEN] ??= {
        description: "Lists router interfaces of the region, filtered by the given arguments.",
        inputs: {
            properties: {
                ids: { type: "array", items: STRING, description: "Only these interface IDs." },
                routerId: str("Only interfaces of this router."),
                routerType: str("Only interfaces of this router type: `VRouter` or `VBR`."),
                status: str("Only interfaces in this status."),
                name: str("Only interfaces with this name."),
                nameRegex: str("Only interfaces whose name matches this regular expression."),
                oppositeInterfaceId: str("Only interfaces connected to this interface."),
                oppositeRouterId: str("Only interfaces whose other end is on this router."),
                oppositeRouterType: str("Only interfaces whose other end is on this router type."),
                oppositeInterfaceOwnerId: str("Only interfaces whose other end belongs to this account."),
                resourceGroupId: str("Only interfaces of this resource group."),
                tags: { type: "object", additionalProperties: STRING, description: "Only interfaces with all these tags." },
                includeReservationData: { type: "boolean", description: "Include renewal and reservation data." },
                region: str("The region to list; defaults to the provider's."),
            },
        },
        outputs: {
            properties: {
                id: str("The provider-assigned unique ID of this answer."),
                ids: { type: "array", items: STRING, description: "The IDs of the interfaces found." },
                interfaces: { type: "array", items: { $ref: `#/types/${ROW_TYPE_TOKEN}` }, description: "The interfaces found." },
            },
            required: ["id", "ids", "interfaces"],
        },
    };
    resource.stateInputs ??= {
        description: "Input properties used for looking up and filtering RouterInterface resources.",
        properties: Object.fromEntries(Object.entries(resource.properties).map(([name, spec]) => [name, { ...spec }])),
    };
    // One output only (not an input) marked secret, to see additionalSecretOutputs generated.
    const outputOnly = Object.keys(resource.properties).filter((name) => !(name in resource.inputProperties)).at(-1);
    resource.properties[outputOnly] = { ...resource.properties[outputOnly], secret: true };
    return copy;
}
