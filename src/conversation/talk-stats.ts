import type { RoleValue, TalkStats } from "../domain/conversation.js";
import { arr, entries, field, int, path } from "./json-fields.js";

/** One number per participant of a per-participant map, by role; unreadable values left out. */
export function perRole(
  map: unknown,
  roleOf: (key: string) => string,
  read: (value: unknown) => number | undefined,
): RoleValue[] {
  return entries(map).flatMap(([key, value]) => {
    const n = read(value);
    return n === undefined ? [] : [{ role: roleOf(key), value: n }];
  });
}

/** Talk time, silences, interruptions and talk speed, from a file's ConversationCharacteristics. */
export function talkStats(characteristics: unknown, roleOf: (key: string) => string): TalkStats {
  const silences = arr(path(characteristics, "NonTalkTime", "Instances")).flatMap((instance) => {
    const at = int(field(instance, "BeginOffsetMillis"));
    const end = int(field(instance, "EndOffsetMillis"));
    const ms = int(field(instance, "DurationMillis")) ?? (end ?? 0) - (at ?? 0);
    return at === undefined ? [] : [{ at, ms }];
  });
  const longest = silences.reduce<(typeof silences)[number] | undefined>(
    (best, s) => (best === undefined || s.ms > best.ms ? s : best),
    undefined,
  );
  const durationMs = int(field(characteristics, "TotalConversationDurationMillis"));
  const nonTalkMs = int(path(characteristics, "NonTalkTime", "TotalTimeMillis"));
  return {
    ...(durationMs !== undefined && { durationMs }),
    talk: perRole(path(characteristics, "TalkTime", "DetailsByParticipant"), roleOf, (v) =>
      int(field(v, "TotalTimeMillis")),
    ),
    ...(nonTalkMs !== undefined && { nonTalkMs }),
    ...(longest && { longestSilence: longest }),
    interruptions: entries(path(characteristics, "Interruptions", "InterruptionsByInterrupter"))
      .map(([key, list]) => ({
        role: roleOf(key),
        count: arr(list).length,
        ms: arr(list).reduce<number>((sum, i) => sum + (int(field(i, "DurationMillis")) ?? 0), 0),
      }))
      .filter((i) => i.count > 0),
    wordsPerMinute: perRole(
      path(characteristics, "TalkSpeed", "DetailsByParticipant"),
      roleOf,
      (v) => int(field(v, "AverageWordsPerMinute")),
    ),
  };
}
