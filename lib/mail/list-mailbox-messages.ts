import "server-only";

import { db as defaultDb, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { isLocalMailboxEnabled } from "./is-local-mailbox-enabled";

export type MailboxMessageSummary = { id: string; toAddress: string; subject: string; createdAt: Date };

/** Messages of the local mailbox, newest first; optionally those to one address. */
export async function listMailboxMessages(
  options: { limit?: number; to?: string } = {},
  db: DbClient = defaultDb,
): Promise<MailboxMessageSummary[]> {
  if (!isLocalMailboxEnabled()) throw new AppError("not_found", "errors.notFound");

  return db.localMailboxMessage.findMany({
    where: options.to ? { toAddress: { equals: options.to.trim(), mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 200,
    select: { id: true, toAddress: true, subject: true, createdAt: true },
  });
}
