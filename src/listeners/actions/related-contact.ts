import type { AuditedLookupDeps } from "../audited-lookup.js";
import { type ContactViewDeps, contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget } from "./button-context.js";

/** Initial / previous / related contact buttons: that contact's summary, privately. */
export function relatedContactAction(deps: ContactViewDeps & AuditedLookupDeps) {
  return onButton(deps, async (args, { state, lookup }) => {
    const view = await contactView(deps, lookup, refOf(state), { shareTo: shareTarget(state) });
    await answerBeside(args, view);
  });
}
