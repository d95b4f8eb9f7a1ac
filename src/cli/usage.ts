/** `--help` text; also printed under usage errors so the fix is one glance away. */
export const USAGE = `Usage: connect-contact-bot render [options] [file | -]
       connect-contact-bot timeline FILE… [--out timeline.png] [--tz ZONE] [--names FILE]

render prints the Block Kit message the bot would post for an Amazon Connect contact, read from
the output of \`aws connect describe-contact\` (a file, or standard input with - or no file).
timeline draws the Timeline picture (PNG) of a transfer chain from one such output per leg.
No Slack or AWS credentials are needed.

Options of render:
  --section <name>     open one section: agent, queue, routing, quality, details (flow with --flow-logs)
  --flow-logs <file>   the contact's flow logs as \`aws logs filter-log-events\` prints them: opens Flow
  --analysis <file>    a Contact Lens analysis file (Analysis/Voice/…json from S3, or saved real-time
                       segments): prints the Conversation section alone; the contact file is optional
  --page <n>           with --analysis: page n of the transcript (20 turns a page)
  --no-mask            show customer phone numbers and email addresses in full
  --console-url <url>  Amazon Connect console base URL for links, e.g. https://acme.my.connect.aws
  --json               print only the JSON, without the Block Kit Builder link

Options of timeline:
  --out <file>         where to write the PNG (default timeline.png)
  --tz <zone>          IANA time zone of the time axis, e.g. Europe/London (default UTC)
  --names <file>       JSON object of queue / agent id → name (Connect resolves them; files don't)

  -h, --help           show this help

Examples:
  aws connect describe-contact --instance-id <instance> --contact-id <contact> \\
    | connect-contact-bot render --section routing
  connect-contact-bot timeline leg-1.json leg-2.json leg-3.json --tz Europe/London --out timeline.png
  aws logs filter-log-events --log-group-name /aws/connect/<alias> \\
    --filter-pattern '{ $.ContactId = "<contact>" }' > flow.json
  connect-contact-bot render --flow-logs flow.json contact.json
  aws s3 cp s3://<bucket>/Analysis/Voice/2024/05/01/<contact>_analysis_<time>.json analysis.json
  connect-contact-bot render --analysis analysis.json contact.json
`;
