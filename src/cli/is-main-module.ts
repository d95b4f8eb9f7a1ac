import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * Whether the module at `url` is the script node was started with. npm runs bins through symlinks
 * in node_modules/.bin, so argv[1] is compared after resolving links, as node resolves the module.
 */
export function isMainModule(url: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === url;
  } catch {
    return false;
  }
}
