import "server-only";

import type { DbClient } from "@/lib/db/client";

import { publicEntryKinds } from "./public-thread";

/**
 * An attachment the requester of `ticketId` may download: one of the ticket's own files, or
 * one on a public entry of its thread. Drafts, other tickets' files and files on internal
 * notes are not found.
 */
export async function getRequesterAttachment(
  db: DbClient,
  options: { ticketId: string; attachmentId: string },
) {
  return db.attachment.findFirst({
    where: {
      id: options.attachmentId,
      OR: [
        { ticketId: options.ticketId, threadEntryId: null },
        { threadEntry: { ticketId: options.ticketId, kind: { in: publicEntryKinds } } },
      ],
    },
    select: { id: true, fileName: true, mimeType: true, size: true, storage: true, storageKey: true },
  });
}
