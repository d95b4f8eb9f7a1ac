/** `--help` text; also printed under usage errors so the fix is one glance away. */
export const USAGE = `Usage: connect-contact-bot render [options] [file | -]

Prints the Block Kit message the bot would post for an Amazon Connect contact, read from
the output of \`aws connect describe-contact\` (a file, or standard input with - or no file).
No Slack or AWS credentials are needed.

Options:
  --section <name>     open one section: agent, queue, routing, quality, details
  --no-mask            show customer phone numbers and email addresses in full
  --console-url <url>  Amazon Connect console base URL for links, e.g. https://acme.my.connect.aws
  --json               print only the JSON, without the Block Kit Builder link
  -h, --help           show this help

Example:
  aws connect describe-contact --instance-id <instance> --contact-id <contact> \\
    | connect-contact-bot render --section routing
`;
