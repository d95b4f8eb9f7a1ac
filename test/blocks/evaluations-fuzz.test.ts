import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { record } from "./support/arbitraries.js";
import { evaluations } from "./support/evaluation-arbitraries.js";
import { violations } from "./support/violations.js";

describe("fuzz: any evaluations render safely within Block Kit limits", () => {
  it("holds for the Quality section and the summary's findings, masked and not", () => {
    fc.assert(
      fc.property(record, evaluations, (generated, loaded) => {
        for (const maskEndpoints of [true, false]) {
          for (const open of [undefined, "quality"] as const) {
            const message = renderContactMessage(generated, {
              maskEndpoints,
              evaluations: loaded,
              ...(open && { open }),
            });
            expect(violations(message.blocks, message.text), `open: ${open}`).toEqual([]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
