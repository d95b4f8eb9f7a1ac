/**
 * Escapes the three characters Slack's mrkdwn gives meaning to. With them escaped, text taken from a
 * contact can never become a mention (`<!channel>`, `<@U123>`, `<!subteam^S1>`), a channel link
 * (`<#C1>`) or a disguised link (`<https://evil|click>`): Slack shows it literally.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * For plain_text objects, which Slack does not parse: entities would show literally there, so angle
 * brackets are swapped for look-alikes instead, keeping "<!channel>"-looking text out of every text.
 */
export function neutralizePlain(text: string): string {
  return text.replace(/</g, "‹").replace(/>/g, "›");
}
