import type { Contact } from "./connect-model.js";
import { isAbandoned, momentsOfContact } from "./outcomes.js";

/** What a reader wants to know first, derived from the timestamps. */
export type ContactStatus = "in_progress" | "abandoned" | "ended";

export function contactStatus(contact: Contact): ContactStatus {
  const moments = momentsOfContact(contact);
  if (moments.endMs === undefined) return "in_progress";
  return isAbandoned(moments) ? "abandoned" : "ended";
}
