import "server-only";

import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { alertStaffOfRequesterMessage } from "./add-requester-message";
import { systemAuthorName } from "./public-thread";

/**
 * « Fermer le ticket »: the requester closes their ticket, with an optional last word that
 * joins the thread and alerts staff like any message. Closing twice changes nothing.
 */
export async function closeTicketByRequester(
  db: Db,
  options: { ticketId: string; lastWord: string },
): Promise<{ isAlreadyClosed: boolean; threadEntryId: string | null }> {
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({
      where: { id: options.ticketId },
      select: { id: true, status: true, requesterName: true, assigneeId: true, groupId: true },
    });
    if (!ticket) throw new AppError("not_found", "tracking.errors.noAccess");
    if (ticket.status === "CLOSED") return { isAlreadyClosed: true, threadEntryId: null };

    let threadEntryId: string | null = null;
    const lastWord = options.lastWord.trim();
    if (lastWord) {
      const entry = await tx.threadEntry.create({
        data: { ticketId: ticket.id, kind: "REQUESTER_MESSAGE", authorName: ticket.requesterName, body: lastWord },
        select: { id: true },
      });
      threadEntryId = entry.id;
    }

    const closedAt = new Date();
    await tx.threadEntry.create({
      data: {
        ticketId: ticket.id,
        kind: "SYSTEM_EVENT",
        authorName: systemAuthorName,
        event: { type: "closed", by: "requester" },
        createdAt: closedAt,
      },
    });
    await tx.ticket.update({ where: { id: ticket.id }, data: { status: "CLOSED", closedAt } });

    await tx.auditEvent.create({
      data: {
        action: "requester.closed",
        actorType: "requester",
        ticketId: ticket.id,
        data: { previousStatus: ticket.status, hasLastWord: threadEntryId !== null },
      },
    });

    if (threadEntryId) await alertStaffOfRequesterMessage(tx, ticket, threadEntryId);

    return { isAlreadyClosed: false, threadEntryId };
  });
}
