import { ConfigError } from "../domain/request-errors.js";

/** The environment as `loadConfig` reads it; the readers below take it as an argument. */
export type Env = Record<string, string | undefined>;

export function str(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function list(env: Env, name: string): string[] {
  return (str(env, name) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export function num(env: Env, name: string, fallback: number, min = 0): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new ConfigError(name, `must be a number >= ${min}, got "${raw}"`);
  }
  return value;
}

export function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

export function required(env: Env, name: string, why: string): string {
  const value = str(env, name);
  if (!value) throw new ConfigError(name, `is required ${why}`);
  return value;
}
