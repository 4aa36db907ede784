import "server-only";

import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashSecretToken } from "@/lib/requester-access/secret-token";

import { draftLifetimeMs } from "./purge-draft-attachments";
import { getUploadLimits } from "./get-upload-limits";

export type ClaimedAttachment = { id: string; fileName: string; size: number; mimeType: string };

/**
 * Links uploaded drafts to a ticket (and thread entry) and forgets their claim tokens, so a
 * token works once. Refuses the whole set if any token matches no unclaimed, fresh draft.
 */
export async function claimAttachments(
  db: DbClient,
  options: { claimTokens: string[]; ticketId: string; threadEntryId?: string },
): Promise<ClaimedAttachment[]> {
  const { maxFiles } = getUploadLimits();
  if (options.claimTokens.length > maxFiles) {
    throw new AppError(
      "validation",
      "attachments.tooMany",
      { attachments: "attachments.tooMany" },
      { max: maxFiles },
    );
  }
  if (options.claimTokens.length === 0) return [];

  const hashes = [...new Set(options.claimTokens.map(hashSecretToken))];
  const unknown = new AppError("validation", "attachments.unknown", {
    attachments: "attachments.unknown",
  });
  if (hashes.length !== options.claimTokens.length) throw unknown;

  const freshSince = new Date(Date.now() - draftLifetimeMs);
  const drafts = await db.attachment.findMany({
    where: { claimTokenHash: { in: hashes }, ticketId: null, createdAt: { gte: freshSince } },
    select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  if (drafts.length !== hashes.length) throw unknown;

  // The claimTokenHash condition makes a concurrent claim of the same draft count 0 here.
  const { count } = await db.attachment.updateMany({
    where: {
      id: { in: drafts.map((draft) => draft.id) },
      claimTokenHash: { not: null },
      ticketId: null,
    },
    data: {
      ticketId: options.ticketId,
      threadEntryId: options.threadEntryId ?? null,
      claimTokenHash: null,
    },
  });
  if (count !== drafts.length) throw unknown;

  return drafts.map(({ id, fileName, size, mimeType }) => ({ id, fileName, size, mimeType }));
}
