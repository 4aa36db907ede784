import "server-only";

import type { DbClient } from "@/lib/db/client";
import { logger } from "@/lib/logger";

import { getAttachmentStorage } from "./storage";

/** A draft not attached to a ticket within a day is abandoned. */
export const draftLifetimeMs = 24 * 60 * 60 * 1000;

const batchSize = 200;

/** Deletes abandoned drafts, bytes and rows; meant for a periodic worker. Returns the count. */
export async function purgeDraftAttachments(
  db: DbClient,
  options: { olderThan?: Date } = {},
): Promise<number> {
  const cutoff = options.olderThan ?? new Date(Date.now() - draftLifetimeMs);
  let purged = 0;

  for (;;) {
    const drafts = await db.attachment.findMany({
      where: { ticketId: null, threadEntryId: null, createdAt: { lt: cutoff } },
      select: { id: true, storage: true, storageKey: true },
      take: batchSize,
    });
    if (drafts.length === 0) break;

    for (const draft of drafts) {
      // Row first, one at a time: a draft claimed meanwhile keeps its file.
      const { count } = await db.attachment.deleteMany({ where: { id: draft.id, ticketId: null } });
      if (count === 0) continue;

      await getAttachmentStorage(draft.storage).remove(draft.storageKey);
      purged += 1;
    }
    if (drafts.length < batchSize) break;
  }

  if (purged > 0) logger.info({ purged }, "abandoned draft attachments purged");

  return purged;
}
