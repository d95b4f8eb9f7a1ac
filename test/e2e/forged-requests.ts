import fc from "fast-check";
import { encodeButtonState } from "../../blocks/button-state.js";
import { CONTACT_IDS, INSTANCE_ID } from "../fixtures/contacts.js";
import { slackTs } from "../support/slack-payload-parts.js";
import {
  blockActionsBody,
  eventCallbackBody,
  signSlackRequest,
  slashCommandBody,
  urlVerificationBody,
} from "../support/slack-request.js";

export type Headers = Record<string, string | string[] | undefined>;

/** A request as sent: its exact body and header lines (an array is one line per item). */
export interface Forged {
  body: string;
  headers: Headers;
}

const FORM = "application/x-www-form-urlencoded";

/** Pieces that would make a body read as an ssl_check, a command, an event or a challenge. */
export const SMUGGLED = [
  "&ssl_check=1&",
  "ssl_check=1",
  "&ssl_check=1&command=%2Fcontact&",
  "&type=url_verification&challenge=leak&",
  "&payload=%7B%22type%22%3A%22block_actions%22%7D&",
  '","ssl_check":"1',
  "&event=x&type=event_callback&",
  "\nssl_check=1\n",
];

const CONTENT_TYPES: (string | string[] | undefined)[] = [
  undefined,
  "",
  "application/json",
  "application/json; charset=utf-8",
  FORM,
  `${FORM}; charset=utf-8`,
  "Application/X-WWW-Form-Urlencoded",
  " application/x-www-form-urlencoded ;",
  "text/plain",
  "multipart/form-data; boundary=x",
  `application/json, ${FORM}`,
  ["application/json", FORM],
  [FORM, "application/json"],
];

const smuggledText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...SMUGGLED), fc.string({ maxLength: 20 }))
  .map(([before, piece, after]) => `${CONTACT_IDS.chat} ${before}${piece}${after}`);

/** Bodies of every shape Slack sends, and some it does not, each carrying a smuggled piece. */
function bodies(responseUrls: string[], alertChannel: string): fc.Arbitrary<string> {
  const url = fc.constantFrom(...responseUrls);
  const sslCheck = fc.constantFrom(undefined, "1", 1, true);
  const value = encodeButtonState({ i: INSTANCE_ID, c: CONTACT_IDS.chat });
  const action = (responseUrl: string, actionValue: string) =>
    blockActionsBody({ actionId: "contact_section_agent", value: actionValue, responseUrl });
  const prefix = fc.constantFrom("", "ssl_check=1&", "ssl_check=1&ssl_check=1&");
  const suffix = fc.constantFrom("", "&ssl_check=1", "&ssl_check=1&type=event_callback");
  return fc.oneof(
    fc
      .record({ text: smuggledText, response_url: url, ssl_check: sslCheck })
      .map((fields) =>
        JSON.stringify({ command: "/contact", user_id: "U1", channel_id: "C1", ...fields }),
      ),
    smuggledText.map((text) =>
      eventCallbackBody({
        type: "message",
        channel: alertChannel,
        user: "U1",
        ts: slackTs(),
        text,
      }),
    ),
    fc
      .tuple(url, smuggledText)
      .map(([responseUrl, text]) =>
        decodeURIComponent(action(responseUrl, `${value}${text}`).slice("payload=".length)),
      ),
    fc
      .tuple(prefix, url, smuggledText, suffix)
      .map(
        ([before, responseUrl, text, after]) =>
          `${before}${slashCommandBody({ text, responseUrl })}${after}`,
      ),
    fc
      .tuple(prefix, url, suffix)
      .map(([b, responseUrl, a]) => `${b}${action(responseUrl, value)}${a}`),
    fc
      .constantFrom("command=%2Fcontact", "payload=%7B%7D", "type=event_callback", "event=x")
      .map((field) => `ssl_check=1&token=t&${field}&text=${CONTACT_IDS.chat}`),
    smuggledText.map((text) => urlVerificationBody(`leak-${text}`)),
    fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom(...SMUGGLED)).map(([s, p]) => s + p),
  );
}

/** Every way a signature can be missing or wrong, none of them valid for the body sent. */
function signatures(body: string, secret: string): fc.Arbitrary<Headers> {
  const now = Math.floor(Date.now() / 1000);
  const skew = fc.integer({ min: 310, max: 1_000_000 });
  const signed = (b: string, s: string, ts = now) => {
    const headers = signSlackRequest(b, s, ts);
    return {
      "x-slack-signature": headers["X-Slack-Signature"],
      "x-slack-request-timestamp": headers["X-Slack-Request-Timestamp"],
    };
  };
  const valid = signed(body, secret);
  return fc.oneof(
    fc.constant<Headers>({}),
    fc.string({ minLength: 1 }).map((other) => signed(body, `${secret}${other}`)),
    fc.string({ minLength: 1 }).map((extra) => signed(`${body}${extra}`, secret)),
    skew.map((s) => signed(body, secret, now - s)),
    skew.map((s) => signed(body, secret, now + s)),
    fc.boolean().map((first) => ({
      ...valid,
      "x-slack-signature": first
        ? [valid["x-slack-signature"]!, "v0=00"]
        : ["v0=00", valid["x-slack-signature"]!],
    })),
    fc.constant<Headers>({
      ...valid,
      "x-slack-request-timestamp": [
        valid["x-slack-request-timestamp"]!,
        valid["x-slack-request-timestamp"]!,
      ],
    }),
    fc.constant<Headers>({
      ...valid,
      "x-slack-signature": valid["x-slack-signature"]!.replace("v0=", "v1="),
    }),
    fc.constant<Headers>({ "x-slack-signature": valid["x-slack-signature"] }),
    fc.record({ "x-slack-signature": fc.string(), "x-slack-request-timestamp": fc.string() }),
  );
}

/** A forged request: any body above, any content type (or none, or two), any bad signature. */
export function forgedRequests(options: {
  responseUrls: string[];
  alertChannel: string;
  secret: string;
}): fc.Arbitrary<Forged> {
  return fc
    .tuple(bodies(options.responseUrls, options.alertChannel), fc.constantFrom(...CONTENT_TYPES))
    .chain(([body, contentType]) =>
      signatures(body, options.secret).map((signature) => ({
        body,
        headers: { "content-type": contentType, ...signature },
      })),
    );
}
