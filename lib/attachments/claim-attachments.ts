import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashSecretToken } from "@/lib/requester-access/secret-token";

import { draftLifetimeMs } from "./purge-draft-attachments";
import { getUploadLimits } from "./get-upload-limits";

export type ClaimedAttachment = { id: string; fileName: string; size: number; mimeType: string };

/**
 * Links uploaded drafts to a ticket (and thread entry) and forgets their claim tokens, so a
 * token works once. Refuses the whole set if any token matches no unclaimed, fresh draft:
 * run it in a transaction, which the refusal rolls back.
 */
export async function claimAttachments(
  sql: SqlClient,
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

  const freshSince = new Date(Date.now() - draftLifetimeMs).toISOString();
  // The claimTokenHash condition makes a concurrent claim of the same draft count 0 here;
  // a short count throws, and the caller's transaction rolls back what was claimed.
  const claimed = await sql.rows<ClaimedAttachment>(Prisma.sql`
    WITH claimed AS (
      UPDATE "Attachment"
      SET "ticketId" = ${options.ticketId}, "threadEntryId" = ${options.threadEntryId ?? null},
        "claimTokenHash" = NULL
      WHERE "claimTokenHash" = ANY(${hashes}::text[]) AND "ticketId" IS NULL
        AND "createdAt" >= ${freshSince}::timestamp(3)
      RETURNING "id", "fileName", "size", "mimeType", "createdAt"
    )
    SELECT "id", "fileName", "size", "mimeType" FROM claimed ORDER BY "createdAt", "id"`);
  if (claimed.length !== hashes.length) throw unknown;

  return claimed;
}
