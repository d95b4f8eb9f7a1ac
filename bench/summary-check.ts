/**
 * True when a message the bot sent is a contact summary rather than an error: errors are worded
 * in blocks/error-message.ts and always start with the warning sign.
 */
export function isSummary(message: unknown, contactId?: string): boolean {
  if (typeof message !== "object" || message === null) return false;
  const { text, blocks } = message as { text?: unknown; blocks?: unknown };
  if (typeof text !== "string" || text.startsWith("⚠️") || !Array.isArray(blocks)) return false;
  return contactId === undefined || text.includes(contactId);
}
