import "server-only";

import type { DbClient } from "@/lib/db/client";
import { hashSecretToken } from "@/lib/requester-access/secret-token";

import { getAttachmentStorage } from "./storage";

/** Deletes a draft its uploader removed before sending; claimed files are left alone. */
export async function discardDraftAttachment(
  db: DbClient,
  options: { claimToken: string },
): Promise<boolean> {
  const draft = await db.attachment.findFirst({
    where: { claimTokenHash: hashSecretToken(options.claimToken), ticketId: null },
    select: { id: true, storage: true, storageKey: true },
  });
  if (!draft) return false;

  const { count } = await db.attachment.deleteMany({ where: { id: draft.id, ticketId: null } });
  if (count === 0) return false;

  await getAttachmentStorage(draft.storage).remove(draft.storageKey);

  return true;
}
