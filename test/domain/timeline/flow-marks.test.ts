import { describe, expect, it } from "vitest";
import type { ChainLeg } from "../../../src/domain/contact-record.js";
import type { FlowPath, FlowStep } from "../../../src/domain/flow-path.js";
import { flowMarks } from "../../../src/domain/timeline/flow-marks.js";
import { flowMarksSource } from "../../../src/timeline/flow-marks-source.js";

const lambda: FlowStep = {
  at: "2024-05-01T10:00:12.000Z",
  blockType: "InvokeExternalResource",
  flowName: "Acme Main IVR",
  parameters: { FunctionArn: "arn:aws:lambda:us-east-1:1:function:lookupCustomer" },
  failure: "Error",
};
const path = (steps: FlowStep[]): FlowPath => ({
  contactId: "c1",
  logGroup: "g",
  names: {},
  steps,
});

describe("flowMarks", () => {
  it("marks each failed block at its time, in words; passed blocks and bad times are left out", () => {
    const marks = flowMarks(
      path([
        lambda,
        { ...lambda, blockType: "PlayPrompt", failure: undefined },
        {
          ...lambda,
          blockType: "GetUserInput",
          at: "2024-05-01T10:00:20.000Z",
          failure: "Timeout",
        },
        { ...lambda, at: "not a time" },
      ]),
    );
    expect(marks).toEqual([
      { kind: "flow_error", at: Date.parse(lambda.at), label: "Lambda lookupCustomer failed" },
      {
        kind: "flow_error",
        at: Date.parse("2024-05-01T10:00:20.000Z"),
        label: expect.stringMatching(/failed$/),
      },
    ]);
  });

  it("has no marks without a loaded path, and at most 8 on a lane", () => {
    expect(flowMarks(undefined)).toEqual([]);
    expect(flowMarks(path(Array.from({ length: 20 }, () => lambda)))).toHaveLength(8);
  });
});

describe("flowMarksSource", () => {
  it("reads only cached paths, per leg with a record, and leaves out legs without failures", async () => {
    const asked: string[] = [];
    const source = flowMarksSource({
      cached: async (record) => {
        asked.push(record.contact.Id ?? "");
        return record.contact.Id === "c1" ? path([lambda]) : path([]);
      },
    });
    const leg = (id: string): ChainLeg => ({
      contactId: id,
      record: { instanceId: "i", region: "us-east-1", contact: { Id: id } },
    });
    const marks = await source([leg("c1"), leg("c2"), { contactId: "c3", missing: "not_found" }]);
    expect(Object.keys(marks)).toEqual(["c1"]);
    expect(asked).toEqual(["c1", "c2"]);
  });
});
