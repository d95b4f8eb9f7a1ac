import type { FakeSlack, ResponseUrlPost } from "../test/support/fake-slack.js";
import {
  blockActionsBody,
  eventCallbackBody,
  postSigned,
  slashCommandBody,
} from "../test/support/slack-request.js";
import { SIGNING_SECRET } from "./environment.js";

export interface Sent {
  status: number;
  /** HTTP ack latency, as Slack would see it. */
  ackMs: number;
  /** Date.now() just before sending, comparable with the fake's `at`. */
  sentAt: number;
  responseId: string;
}

export interface Driver {
  command(text: string): Promise<Sent>;
  click(actionId: string, value: string): Promise<Sent>;
  event(event: Record<string, unknown>): Promise<Omit<Sent, "responseId">>;
  /** The first post to a response_url (polled every ms; the fake stamps `at` on arrival). */
  answer(responseId: string, timeoutMs?: number): Promise<ResponseUrlPost>;
}

const FORM = "application/x-www-form-urlencoded";

/** Shared by every driver, so that drivers of several replicas never share a response_url. */
let counter = 0;

/** Slack's side of the conversation: signed requests in, answers read back from the fake. */
export function createDriver(eventsUrl: string, slack: FakeSlack): Driver {
  const byId = new Map<string, ResponseUrlPost>();
  let seen = 0;

  function index(): void {
    // The fake's reset() empties the array: start over.
    if (slack.responses.length < seen) {
      seen = 0;
      byId.clear();
    }
    for (; seen < slack.responses.length; seen++) {
      const post = slack.responses[seen]!;
      if (!byId.has(post.id)) byId.set(post.id, post);
    }
  }

  async function send(body: string, contentType: string) {
    const sentAt = Date.now();
    const { status, ms } = await postSigned(eventsUrl, body, {
      secret: SIGNING_SECRET,
      contentType,
    });
    return { status, ackMs: ms, sentAt };
  }

  return {
    async command(text) {
      const responseId = `bench-cmd-${++counter}`;
      const responseUrl = slack.responseUrl(responseId);
      return { ...(await send(slashCommandBody({ text, responseUrl }), FORM)), responseId };
    },
    async click(actionId, value) {
      const responseId = `bench-act-${++counter}`;
      const responseUrl = slack.responseUrl(responseId);
      const body = blockActionsBody({ actionId, value, isEphemeral: true, responseUrl });
      return { ...(await send(body, FORM)), responseId };
    },
    event: (event) => send(eventCallbackBody(event), "application/json"),
    async answer(responseId, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        index();
        const post = byId.get(responseId);
        if (post) return post;
        if (Date.now() > deadline) throw new Error(`no answer on response_url ${responseId}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    },
  };
}
