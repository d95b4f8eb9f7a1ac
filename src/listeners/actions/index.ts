import type { App } from "@slack/bolt";
import { CONVERSATION_MORE_ACTION_ID } from "../../../blocks/conversation-paging.js";
import { ACTION_IDS } from "../../../blocks/model.js";
import type { Deps } from "../../deps.js";
import { contactTimelineAction } from "./contact-timeline.js";
import { conversationMoreAction } from "./conversation-more.js";
import { relatedContactAction } from "./related-contact.js";
import { searchMoreAction } from "./search-more.js";
import { shareInThreadAction } from "./share-in-thread.js";
import { toggleSectionAction } from "./toggle-section.js";

const startsWith = (prefix: string) => new RegExp(`^${prefix}`);

export function register(app: App, deps: Deps): void {
  app.action(startsWith(ACTION_IDS.sectionPrefix), toggleSectionAction(deps));
  app.action(ACTION_IDS.conversation, toggleSectionAction(deps));
  app.action(CONVERSATION_MORE_ACTION_ID, conversationMoreAction(deps));
  app.action(startsWith(ACTION_IDS.related), relatedContactAction(deps));
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
