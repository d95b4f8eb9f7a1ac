import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import { addBotStack } from "../lib/bot-app.js";
import { loadConfigFile } from "../lib/load-config.js";

const app = new App();
const context: unknown = app.node.tryGetContext("config");
const config = loadConfigFile(
  fileURLToPath(new URL("..", import.meta.url)),
  typeof context === "string" ? context : undefined,
);
addBotStack(app, config);
app.synth();
