import "server-only";

import type { DbClient } from "@/lib/db/client";

export type EmailTemplateName = "ticket-acknowledgment" | "ticket-alert" | "requester-message-alert" | "tracking-link";

export type EnqueueEmailOptions = {
  template: EmailTemplateName;
  to: string;
  locale: "fr" | "en";
  ticketId?: string;
  /**
   * ticket-acknowledgment and tracking-link: { ticketId }; ticket-alert: { ticketId,
   * recipientName }; requester-message-alert: { ticketId, threadEntryId }.
   */
  data: Record<string, string>;
};

/**
 * Puts an email in the outbox. Call it inside the transaction that makes the change the
 * email reports on, then `kickEmailDelivery()` once committed: the message is rendered
 * and sent afterwards, so a mail outage never blocks or loses the change.
 */
export async function enqueueEmail(db: DbClient, email: EnqueueEmailOptions): Promise<void> {
  await db.outgoingEmail.create({
    data: {
      template: email.template,
      toAddress: email.to.trim(),
      locale: email.locale,
      data: email.data,
      ticketId: email.ticketId ?? null,
    },
  });
}
