import { LIMITS } from "../src/domain/truncate.js";
import { ACTION_IDS, SECTIONS, type SectionId, sectionActionId } from "./action-ids.js";

/**
 * State carried in every button's `value`, so that a click can re-render the message without
 * reading it back (Slack does not send ephemeral messages' blocks with block_actions).
 */
export interface ButtonState {
  /** Instance id. */
  i: string;
  /** Contact id. */
  c: string;
  /** Section open when the message was rendered. */
  o?: SectionId;
  /** Share target "channel/threadTs", present on private (ephemeral) answers. */
  s?: string;
  /** "1" on a message the whole channel sees, where private sections open for the clicker only. */
  p?: "1";
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A channel (C…), DM (D…) or private group (G…) id, then the parent message ts. */
const SHARE_TARGET = /^[CDG][A-Z0-9]+\/\d+\.\d+$/;
const KEYS = new Set(["i", "c", "o", "s", "p"]);

function isSection(value: unknown): value is SectionId {
  return SECTIONS.some((section) => section === value);
}

/** True when `state` would survive decodeButtonState; renderers use it to skip buttons that could not work. */
export function isValidButtonState(state: ButtonState): boolean {
  return (
    ID.test(state.i) &&
    ID.test(state.c) &&
    (state.o === undefined || isSection(state.o)) &&
    (state.s === undefined || SHARE_TARGET.test(state.s)) &&
    (state.p === undefined || state.p === "1")
  );
}

/** Compact JSON for a button's `value`; keys without a value are left out. */
export function encodeButtonState(state: ButtonState): string {
  const { i, c, o, s, p } = state;
  const value = JSON.stringify({ i, c, o, s, p });
  if (value.length > LIMITS.buttonValue) throw new RangeError("Button state too long");
  return value;
}

/** The JSON object a button's `value` holds; undefined for anything else (values can be forged). */
export function buttonObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "string" || value.length > LIMITS.buttonValue) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

/**
 * Reads a button's `value` back. The value comes from a Slack request and anyone can forge one,
 * so anything but a well-formed state gives undefined.
 */
export function decodeButtonState(value: unknown): ButtonState | undefined {
  const parsed = buttonObject(value);
  if (!parsed) return undefined;
  const entries = Object.entries(parsed);
  if (entries.some(([key, field]) => !KEYS.has(key) || typeof field !== "string")) return undefined;
  const fields = Object.fromEntries(entries) as Record<string, string>;
  const { i, c, o, s, p } = fields;
  if (i === undefined || c === undefined) return undefined;
  const state: ButtonState = { i, c };
  if (o !== undefined) state.o = o as SectionId;
  if (s !== undefined) state.s = s;
  if (p !== undefined) state.p = p as "1";
  return isValidButtonState(state) ? state : undefined;
}

/** The section to show after a click: the clicked one, or none when it was already open. */
export function toggleSection(
  open: SectionId | undefined,
  clicked: SectionId,
): SectionId | undefined {
  return open === clicked ? undefined : clicked;
}

/** The section a button's action id names, if any: its own id or `contact_section_<id>`. */
export function sectionFromActionId(actionId: string): SectionId | undefined {
  return SECTIONS.find(
    (section) =>
      sectionActionId(section) === actionId || `${ACTION_IDS.sectionPrefix}${section}` === actionId,
  );
}
