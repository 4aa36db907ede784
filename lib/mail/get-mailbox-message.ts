import "server-only";

import { db as defaultDb, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { extractLinks } from "./extract-links";
import { isLocalMailboxEnabled } from "./is-local-mailbox-enabled";

export type MailboxMessage = {
  id: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  links: string[];
  createdAt: Date;
};

/** One message of the local mailbox, or null when there is none with this id. */
export async function getMailboxMessage(id: string, db: DbClient = defaultDb): Promise<MailboxMessage | null> {
  if (!isLocalMailboxEnabled()) throw new AppError("not_found", "errors.notFound");

  const message = await db.localMailboxMessage.findUnique({
    where: { id },
    select: { id: true, toAddress: true, subject: true, html: true, text: true, createdAt: true },
  });
  if (!message) return null;

  return { ...message, links: extractLinks(message.html) };
}
