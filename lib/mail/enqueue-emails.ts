import "server-only";

import type { DbClient } from "@/lib/db/client";

import type { EnqueueEmailOptions } from "./enqueue-email";

/**
 * Puts several emails in the outbox in one statement, in the given order (ids ascend with
 * it, so they are claimed and sent in that order). Same rules as `enqueueEmail`.
 */
export async function enqueueEmails(db: DbClient, emails: EnqueueEmailOptions[]): Promise<void> {
  if (emails.length === 0) return;

  await db.outgoingEmail.createMany({
    data: emails.map((email) => ({
      template: email.template,
      toAddress: email.to.trim(),
      locale: email.locale,
      data: email.data,
      ticketId: email.ticketId ?? null,
    })),
  });
}
