import { buttonObject, isValidButtonState } from "./button-state.js";

/** Action id of the "More transcript" button (its value: a TranscriptPageRef). */
export const CONVERSATION_MORE_ACTION_ID = "conversation_more";

/** Turns per "More transcript" page. */
export const TURNS_PER_PAGE = 20;

/** Which contact's transcript, and which page of it (from 1). */
export interface TranscriptPageRef {
  instanceId: string;
  contactId: string;
  page: number;
}

const MAX_PAGE = 1000;

const valid = (ref: TranscriptPageRef): boolean =>
  isValidButtonState({ i: ref.instanceId, c: ref.contactId }) &&
  Number.isInteger(ref.page) &&
  ref.page >= 1 &&
  ref.page <= MAX_PAGE;

/** The button's value, or undefined when the ids would not decode (so no button is shown). */
export function encodeTranscriptPage(ref: TranscriptPageRef): string | undefined {
  return valid(ref)
    ? JSON.stringify({ i: ref.instanceId, c: ref.contactId, p: ref.page })
    : undefined;
}

/** Reads a button's value back; anyone can forge one, so anything odd gives undefined. */
export function decodeTranscriptPage(value: unknown): TranscriptPageRef | undefined {
  const parsed = buttonObject(value);
  if (!parsed) return undefined;
  const { i, c, p, ...rest } = parsed;
  if (Object.keys(rest).length > 0 || typeof i !== "string" || typeof c !== "string") {
    return undefined;
  }
  const ref = { instanceId: i, contactId: c, page: typeof p === "number" ? p : Number.NaN };
  return valid(ref) ? ref : undefined;
}
