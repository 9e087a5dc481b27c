// readSchema: what the file writers get from a schema, for the parts today's schema.json does not exercise.

import test from "node:test";
import assert from "node:assert/strict";
import { readSchema } from "../lib/model.mjs";
import { typeString } from "../lib/tsText.mjs";

const schema = {
    name: "pkg",
    types: {
        "pkg:index:Status": { type: "string", enum: [{ value: "Active" }, { value: "Inactive" }] },
        "pkg:index:Row": { type: "object", properties: { status: { $ref: "#/types/pkg:index:Status", description: "Its status." } }, required: ["status"] },
    },
    resources: {
        "pkg:index:Thing": {
            properties: { status: { $ref: "#/types/pkg:index:Status" } },
            inputProperties: { status: { $ref: "#/types/pkg:index:Status" } },
            requiredInputs: ["status"],
        },
    },
};

test("readSchema: an enum type becomes its underlying type wherever it is used, with its values in the description", () => {
    const model = readSchema(schema, "1.0.0");
    assert.deepEqual(model.types.map((t) => t.name), ["Row"]);
    const rowStatus = model.types[0].properties[0];
    assert.equal(typeString(rowStatus.spec, "output"), "string");
    assert.equal(rowStatus.description, 'Its status. One of "Active", "Inactive".');
    assert.equal(typeString(model.resources[0].inputs[0].spec, "input"), "string");
    assert.equal(model.resources[0].inputs[0].required, true);
});

test("readSchema: a type that is neither object nor enum is refused by name", () => {
    assert.throws(() => readSchema({ name: "pkg", types: { "pkg:index:Odd": { type: "string" } } }, "1.0.0"), /pkg:index:Odd/);
});
