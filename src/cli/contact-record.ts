import type { Contact } from "@aws-sdk/client-connect";
import type { ContactRecord } from "../domain/contact-record.js";

// arn:aws:connect:<region>:<account>:instance/<instanceId>/contact/<contactId>; the partition
// varies (aws-cn, aws-us-gov).
const CONTACT_ARN = /^arn:aws[\w-]*:connect:([^:]+):[^:]*:instance\/([^/]+)\/contact\//;

/** The record the bot would build, minus the names only Connect can resolve. */
export function contactRecord(contact: Contact, consoleBaseUrl?: string): ContactRecord {
  const [, region = "unknown", instanceId = "unknown"] = CONTACT_ARN.exec(contact.Arn ?? "") ?? [];
  return { instanceId, region, contact, ...(consoleBaseUrl ? { consoleBaseUrl } : {}) };
}
