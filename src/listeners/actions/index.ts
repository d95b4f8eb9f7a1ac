import type { App } from "@slack/bolt";
import { ACTION_IDS } from "../../../blocks/action-ids.js";
import { CONVERSATION_MORE_ACTION_ID } from "../../../blocks/conversation-paging.js";
import type { Deps } from "../../deps.js";
import { contactTimelineAction } from "./contact-timeline.js";
import { conversationMoreAction } from "./conversation-more.js";
import { relatedContactAction } from "./related-contact.js";
import { searchMoreAction } from "./search-more.js";
import { shareInThreadAction } from "./share-in-thread.js";
import { toggleSectionAction } from "./toggle-section.js";

// Prefixes, not the exact ids, so that a button no longer known still gets an answer. Built from
// constants: a regex made from a parameter could not be checked for backtracking.
const SECTION_BUTTON = new RegExp(`^${ACTION_IDS.sectionPrefix}`);
const RELATED_BUTTON = new RegExp(`^${ACTION_IDS.related}`);

export function register(app: App, deps: Deps): void {
  app.action(SECTION_BUTTON, toggleSectionAction(deps));
  app.action(ACTION_IDS.conversation, toggleSectionAction(deps));
  app.action(CONVERSATION_MORE_ACTION_ID, conversationMoreAction(deps));
  app.action(RELATED_BUTTON, relatedContactAction(deps));
  app.action(ACTION_IDS.share, shareInThreadAction(deps));
  app.action(ACTION_IDS.timeline, contactTimelineAction(deps));
  // A search result's Open is the related-contact answer: that contact's full summary, privately.
  app.action(ACTION_IDS.open, relatedContactAction(deps));
  app.action(ACTION_IDS.searchMore, searchMoreAction(deps));
  // Link buttons still send an action; acknowledging it keeps Slack from showing an error.
  app.action(ACTION_IDS.console, async ({ ack }) => {
    await ack();
  });
}
