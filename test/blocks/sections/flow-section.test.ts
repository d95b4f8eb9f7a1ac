import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../../blocks/contact-message.js";
import { fits } from "../../../blocks/fit-message.js";
import { trusted } from "../../../blocks/mrkdwn.js";
import { renderFlowSection } from "../../../blocks/sections/flow-section.js";
import { createDeniedName } from "../../../src/connect/attribute-filter.js";
import type { FlowPath, FlowStep } from "../../../src/domain/flow-path.js";
import { parseFlowLogEvents } from "../../../src/logs/flow-log-parser.js";
import {
  at,
  CONTACT_IDS,
  QUEUES,
  resolvedRecordOf,
  VOICE_INBOUND,
} from "../../fixtures/contacts.js";
import { flowLogEvents, QUEUE_FLOW } from "../../fixtures/flow-logs.js";
import { allText } from "../support/inspect.js";

const record = resolvedRecordOf(VOICE_INBOUND);
const steps = parseFlowLogEvents(
  flowLogEvents(),
  CONTACT_IDS.voiceInbound,
  createDeniedName(["cardNumber"]),
);
const PATH: FlowPath = {
  contactId: CONTACT_IDS.voiceInbound,
  logGroup: "/aws/connect/example",
  steps,
  names: { [QUEUE_FLOW.arn]: QUEUE_FLOW.name, [QUEUES.billing.arn]: "Billing" },
};
const render = (path: FlowPath, maskEndpoints = true) =>
  allText(renderFlowSection(record, { maskEndpoints, flowPath: path }));

describe("renderFlowSection", () => {
  it("groups by flow, names queues and flows, marks failures", () => {
    const text = render(PATH);
    expect(text).toContain("11 blocks · ⚠️ 2 failed");
    expect(text).toContain(
      "*Acme Main IVR*\n`+0:00` Set logging behavior · LoggingBehavior: Enable",
    );
    expect(text).toContain(
      "⚠️ `+0:05` Invoke Lambda · function lookupCustomer → The Lambda Function Returned An Error.",
    );
    expect(text).toContain("`+0:25` Set working queue · queue Billing");
    expect(text).toContain(
      "`+0:28` Transfer to flow · flow Billing queue flow\n*Billing queue flow*",
    );
    expect(text).toContain("From flow logs in `/aws/connect/example`");
  });

  it("masks phone numbers and email addresses, escapes hostile text", () => {
    const masked = render(PATH);
    expect(masked).toContain("+1••••••0123");
    expect(masked).toContain("j•••@example.com");
    expect(masked).toContain("&lt;!channel&gt;");
    expect(masked).not.toContain("<!channel>");
    expect(render(PATH, false)).toContain("+15550100123");
  });

  it("folds a long path, keeping its ends and every failed block, within Block Kit's limits", () => {
    const many: FlowStep[] = Array.from({ length: 400 }, (_, i) => ({
      at: at(i).toISOString(),
      blockType: "PlayPrompt",
      flowName: "Loop flow",
      parameters: { Text: `prompt ${i} ${"x".repeat(200)}` },
      ...(i === 200 && { failure: "Error" }),
    }));
    const text = render({ ...PATH, steps: many });
    expect(text).toContain("`+0:00`");
    expect(text).toContain("`+6:39`");
    expect(text).toContain("⚠️ `+3:20`");
    expect(text).toMatch(/… \d+ more blocks/);
    expect(text).not.toContain("`+1:40`");
    const message = renderContactMessage(record, {
      maskEndpoints: true,
      open: "flow",
      flowPath: { ...PATH, steps: many },
    });
    expect(fits(message.blocks)).toBe(true);
  });

  it("says when there are no flow logs, when the scan was cut, and what went wrong", () => {
    expect(render({ ...PATH, steps: [] })).toContain(
      "No flow logs for this contact — logging is turned on per flow",
    );
    expect(render({ ...PATH, incomplete: "throttled" })).toContain(
      "Incomplete: CloudWatch Logs throttled the scan",
    );
    const problem = allText(
      renderFlowSection(record, { maskEndpoints: true, flowProblem: trusted("No log group") }),
    );
    expect(problem).toContain("⚠️ No log group");
  });
});
