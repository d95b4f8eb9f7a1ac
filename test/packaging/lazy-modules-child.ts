// Run by lazy-modules.test.ts in a child process: starts the bot, then prints which of the
// modules that only some requests need were loaded.
import { createRequire } from "node:module";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/config.js";

const LAZY = [
  "@resvg/resvg-js",
  "@aws-sdk/client-cloudwatch-logs",
  "@aws-sdk/client-secrets-manager",
];

const running = await startApp(
  loadConfig({
    SLACK_SIGNING_SECRET: "s",
    SLACK_BOT_TOKEN: "xoxb-1",
    SLACK_API_URL: "http://127.0.0.1:9/api/",
    SLACK_TIMEOUT_MS: "200",
    CONNECT_INSTANCE_ID: "11111111-2222-3333-4444-555555555555",
    AWS_REGION: "us-east-1",
    PORT: "0",
    LOG_LEVEL: "silent",
  }),
);
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(
  JSON.stringify(LAZY.filter((name) => loaded.some((path) => path.includes(`/${name}/`)))),
);
await running.stop();
process.exit(0);
