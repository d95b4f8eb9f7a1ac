import type { Contact } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../src/domain/contact-record.js";
import {
  ACTION_IDS,
  RELATED_KINDS,
  type RelatedKind,
  relatedActionId,
  SECTIONS,
  type SectionId,
  sectionActionId,
} from "./action-ids.js";
import { type ActionsBlock, actionsBlocks, type Button, button } from "./block-kit.js";
import { type ButtonState, encodeButtonState, isValidButtonState } from "./button-state.js";
import { consoleUrl } from "./contact-facts.js";
import { isPrivateSection } from "./private-sections.js";
import type { RenderOptions } from "./render-options.js";
import { SECTION_TITLES } from "./sections/render-section.js";

const RELATED_IDS: Record<RelatedKind, { field: keyof Contact; text: string }> = {
  previous: { field: "PreviousContactId", text: "◀ Previous contact" },
  initial: { field: "InitialContactId", text: "⏮ Initial contact" },
  related: { field: "RelatedContactId", text: "🔗 Related contact" },
};

/** The state every stateful button carries, or undefined when it would not decode (odd ids). */
function baseState(record: ContactRecord, options: RenderOptions): ButtonState | undefined {
  const share = options.shareTo && `${options.shareTo.channel}/${options.shareTo.threadTs}`;
  const state: ButtonState = { i: record.instanceId, c: record.contact.Id ?? "" };
  if (options.open) state.o = options.open;
  if (share) state.s = share;
  if (options.audience === "public") state.p = "1";
  return isValidButtonState(state) ? state : undefined;
}

/**
 * Contact Lens analyses calls and chats. A call is analysed from when an agent answers (its file is
 * dated by that), so an ended call no agent answered has nothing to show; one still in progress
 * may yet be answered.
 */
function offered(id: SectionId, contact: Contact): boolean {
  if (id !== "conversation") return true;
  if (contact.Channel === "CHAT") return true;
  if (contact.Channel !== "VOICE") return false;
  return !contact.DisconnectTimestamp || Boolean(contact.AgentInfo?.ConnectedToAgentTimestamp);
}

/** On a public message the private sections' buttons say, with a lock, that they open apart. */
function sectionButtons(
  contact: Contact,
  state: ButtonState,
  open: RenderOptions["open"],
): Button[] {
  return SECTIONS.filter((id) => offered(id, contact)).map((id) =>
    button({
      text: state.p && isPrivateSection(id) ? `🔒 ${SECTION_TITLES[id]}` : SECTION_TITLES[id],
      actionId: sectionActionId(id),
      value: encodeButtonState(state),
      ...(id === open && { style: "primary" as const }),
    }),
  );
}

/** One button per distinct related contact; a related lookup opens with no section open. */
function relatedButtons(record: ContactRecord, state: ButtonState): Button[] {
  const seen = new Set([record.contact.Id]);
  return RELATED_KINDS.flatMap((kind) => {
    const id = record.contact[RELATED_IDS[kind].field];
    const target: ButtonState = { i: state.i, c: typeof id === "string" ? id : "" };
    if (state.s) target.s = state.s;
    if (seen.has(target.c) || !isValidButtonState(target)) return [];
    seen.add(target.c);
    return [
      button({
        text: RELATED_IDS[kind].text,
        actionId: relatedActionId(kind),
        value: encodeButtonState(target),
      }),
    ];
  });
}

/**
 * The summary's buttons: section toggles in one actions block (the open one styled primary),
 * then the timeline picture, related contacts, "Share in thread" and the console link in another.
 */
export function summaryActions(record: ContactRecord, options: RenderOptions): ActionsBlock[] {
  const state = baseState(record, options);
  const url = consoleUrl(record);
  const links = [
    ...(state
      ? [
          button({
            text: "🖼 Timeline",
            actionId: ACTION_IDS.timeline,
            value: encodeButtonState(state),
          }),
        ]
      : []),
    ...(state ? relatedButtons(record, state) : []),
    ...(state?.s
      ? [
          button({
            text: "📣 Share in thread",
            actionId: ACTION_IDS.share,
            value: encodeButtonState(state),
          }),
        ]
      : []),
    ...(url ? [button({ text: "Open in Amazon Connect", actionId: ACTION_IDS.console, url })] : []),
  ];
  return [
    ...actionsBlocks(state ? sectionButtons(record.contact, state, options.open) : []),
    ...actionsBlocks(links),
  ];
}
