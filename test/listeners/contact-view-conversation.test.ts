import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { parseAnalysisFile } from "../../src/conversation/parse-analysis-file.js";
import type { Deps } from "../../src/deps.js";
import { contactView } from "../../src/listeners/contact-view.js";
import { createLogger } from "../../src/observability/logger.js";
import { skippedAnalysisFile } from "../fixtures/contact-lens-variants.js";
import { resolvedRecordOf, VOICE_INBOUND } from "../fixtures/contacts.js";

const config = loadConfig({
  SLACK_SIGNING_SECRET: "s",
  SLACK_BOT_TOKEN: "xoxb-1",
  CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
  AWS_REGION: "us-east-1",
  FINDING_SILENCE_PERCENT: "60",
});
const tense = parseAnalysisFile(skippedAnalysisFile(), { source: "s3://a/b" });

describe("contact view: Contact Lens findings from the cache only", () => {
  it("shows the cached analysis' findings and never reads Contact Lens for them", async () => {
    const asked: string[] = [];
    const deps = {
      config,
      logger: createLogger({ level: "silent" }),
      flowPaths: { cached: async () => undefined },
      evaluations: { cached: async () => undefined },
      conversations: {
        cached: async () => {
          asked.push("cached");
          return tense;
        },
        read: async () => {
          asked.push("read");
          return tense;
        },
      },
    } as unknown as Deps;
    const record = resolvedRecordOf(VOICE_INBOUND);
    const ref = { instanceId: record.instanceId, contactId: record.contact.Id ?? "" };
    const view = await contactView(deps, async () => ({ record, cacheHit: true }), ref);
    expect(view.ok).toBe(true);
    expect(view.text).toContain("Customer sentiment −3.5 in the last quarter of the call");
    // FINDING_SILENCE_PERCENT=60: the analysis' 50% silence is not worth a line.
    expect(view.text).not.toContain("Silence for");
    expect(asked).toEqual(["cached"]);
  });
});
