import { errorWording } from "../../blocks/error-message.js";
import type { Mrkdwn } from "../../blocks/mrkdwn.js";
import type { ContactRecord } from "../domain/contact-record.js";
import type { Logger } from "../observability/logger.js";

/** A service whose data a section shows; `cached()` never calls AWS. */
export interface SectionSource<T> {
  read(record: ContactRecord): Promise<T>;
  cached(record: ContactRecord): Promise<T | undefined>;
}

/**
 * What a section shows and the findings use: read when the section is open (a failure worded for
 * the section, the rest of the summary standing), otherwise only what the cache already holds, so
 * findings never cost a call of their own.
 */
export async function sectionData<T>(
  source: SectionSource<T>,
  record: ContactRecord,
  open: boolean,
  log: { logger: Logger; what: string },
): Promise<{ data?: T | undefined; problem?: Mrkdwn }> {
  if (!open) return { data: await source.cached(record) };
  try {
    return { data: await source.read(record) };
  } catch (error) {
    log.logger.warn({ err: error, contactId: record.contact.Id }, `${log.what} failed`);
    return { problem: errorWording(error) };
  }
}
