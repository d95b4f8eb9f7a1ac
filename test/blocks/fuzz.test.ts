import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderContactMessage } from "../../blocks/contact-message.js";
import { renderUnfurl } from "../../blocks/unfurl.js";
import { OPENS, options, record } from "./support/arbitraries.js";
import { violations } from "./support/violations.js";

describe("fuzz: any contact renders safely within Block Kit limits", () => {
  it("holds for every section, masked and not, and the unfurl", () => {
    fc.assert(
      fc.property(record, options, (generated, extra) => {
        for (const maskEndpoints of [true, false]) {
          for (const open of OPENS) {
            const message = renderContactMessage(generated, {
              ...extra,
              maskEndpoints,
              ...(open && { open }),
            });
            expect(violations(message.blocks, message.text), `open: ${open}`).toEqual([]);
          }
          const unfurl = renderUnfurl(generated, { ...extra, maskEndpoints });
          expect(unfurl.length).toBeLessThanOrEqual(3);
          expect(violations(unfurl), "unfurl").toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
