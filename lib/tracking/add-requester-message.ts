import "server-only";

import { claimAttachments } from "@/lib/attachments/claim-attachments";
import type { Db, DbClient } from "@/lib/db/client";
import { prismaSqlClient } from "@/lib/db/sql-client";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

import { findMessageAlertRecipients } from "./find-message-alert-recipients";
import { systemAuthorName } from "./public-thread";

// Staff emails go out in the reference language.
const staffLocale = "fr";

/** Queues the "requester-message-alert" for the people working the ticket. */
export async function alertStaffOfRequesterMessage(
  tx: DbClient,
  ticket: { id: string; assigneeId: string | null; groupId: string | null },
  threadEntryId: string,
) {
  const recipients = await findMessageAlertRecipients(tx, ticket);
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      template: "requester-message-alert",
      to: recipient.email,
      locale: staffLocale,
      ticketId: ticket.id,
      data: { ticketId: ticket.id, threadEntryId },
    });
  }
}

/**
 * The requester adds information: the message, its files, the reopening of a resolved ticket
 * (or the end of a wait on them) and the staff alert are written in one transaction, so
 * none exists without the others. The caller kicks email delivery after it returns.
 */
export async function addRequesterMessage(
  db: Db,
  options: { ticketId: string; body: string; claimTokens: string[] },
): Promise<{ threadEntryId: string; isReopened: boolean }> {
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({
      where: { id: options.ticketId },
      select: { id: true, status: true, requesterName: true, assigneeId: true, groupId: true },
    });
    if (!ticket) throw new AppError("not_found", "tracking.errors.noAccess");
    if (ticket.status === "CLOSED") throw new AppError("conflict", "tracking.errors.ticketClosed");

    const entry = await tx.threadEntry.create({
      data: { ticketId: ticket.id, kind: "REQUESTER_MESSAGE", authorName: ticket.requesterName, body: options.body },
      select: { id: true },
    });

    if (options.claimTokens.length > 0) {
      await claimAttachments(prismaSqlClient(tx), { claimTokens: options.claimTokens, ticketId: ticket.id, threadEntryId: entry.id });
    }

    const isReopened = ticket.status === "RESOLVED";
    if (isReopened) {
      await tx.threadEntry.create({
        data: { ticketId: ticket.id, kind: "SYSTEM_EVENT", authorName: systemAuthorName, event: { type: "reopened" } },
      });
    }
    // Any answer puts the ticket back in the staff's hands; the update also bumps updatedAt.
    await tx.ticket.update({ where: { id: ticket.id }, data: { status: "OPEN" } });

    await tx.auditEvent.create({
      data: {
        action: "requester.message_added",
        actorType: "requester",
        ticketId: ticket.id,
        data: { threadEntryId: entry.id, previousStatus: ticket.status, attachmentCount: options.claimTokens.length },
      },
    });

    await alertStaffOfRequesterMessage(tx, ticket, entry.id);

    return { threadEntryId: entry.id, isReopened };
  });
}
