import type { Deps } from "../../deps.js";
import { contactView } from "../contact-view.js";
import { answerBeside, onButton, refOf, shareTarget } from "./button-context.js";

/** Initial / previous / related contact buttons: that contact's summary, privately. */
export function relatedContactAction(deps: Deps) {
  return onButton(async (args, { state, lookup }) => {
    const view = await contactView(deps, lookup, refOf(state), { shareTo: shareTarget(state) });
    await answerBeside(args, view);
  });
}
