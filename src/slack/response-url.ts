/** Where Slack's response_urls live; SLACK_API_URL's origin is allowed beside it (emulators, tests). */
const SLACK_HOOKS = "https://hooks.slack.com";

/**
 * Whether a response_url is Slack's: `https://hooks.slack.com/…`, or on the origin of the
 * configured Web API URL. Anything else would carry the answer to whoever wrote the URL.
 */
export function slackResponseUrls(apiUrl: string | undefined): (url: unknown) => boolean {
  const allowed = new Set([SLACK_HOOKS]);
  if (apiUrl) allowed.add(new URL(apiUrl).origin);
  return (url) => {
    const parsed = typeof url === "string" && URL.canParse(url) ? new URL(url) : undefined;
    return !!parsed && allowed.has(parsed.origin) && !parsed.username && !parsed.password;
  };
}

/** Only the origin of a URL, for a log line: the path of a response_url is a credential. */
export function originOf(url: unknown): string {
  return typeof url === "string" && URL.canParse(url) ? new URL(url).origin : "(not a URL)";
}

/** Every response_url a request carries (a modal's submission may have several). */
export function responseUrlsOf(body: unknown): unknown[] {
  if (!body || typeof body !== "object") return [];
  const { response_url: single, response_urls: many } = body as Record<string, unknown>;
  const listed = Array.isArray(many)
    ? many.map((entry: unknown) => (entry as { response_url?: unknown } | null)?.response_url)
    : [];
  return single === undefined ? listed : [single, ...listed];
}
