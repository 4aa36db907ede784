import "server-only";

import type { DbClient } from "@/lib/db/client";
import type { TicketStatus } from "@/lib/generated/prisma/enums";

import { isPublicEventType, publicEntryKinds, type PublicEventType } from "./public-thread";

export type RequesterAttachment = { id: string; fileName: string; size: number };

export type RequesterThreadEntry = {
  id: string;
  kind: "REQUESTER_MESSAGE" | "STAFF_REPLY" | "SYSTEM_EVENT";
  /** Null for a staff member whose kept name looks like an email address: shown generically. */
  authorName: string | null;
  body: string;
  eventType: PublicEventType | null;
  createdAt: Date;
  attachments: RequesterAttachment[];
};

export type RequesterTicketView = {
  number: string;
  summary: string;
  status: TicketStatus;
  topic: { nameFr: string; nameEn: string };
  partnerName: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Files sent with the ticket but not tied to a thread entry. */
  attachments: RequesterAttachment[];
  entries: RequesterThreadEntry[];
};

const attachmentFields = { id: true, fileName: true, size: true } as const;

/**
 * What the requester's page shows: the ticket and its public thread, oldest first. Staff
 * emails are never selected; internal notes and unknown system events are left out here,
 * so no page or component can show them by mistake.
 */
export async function getRequesterTicketView(
  db: DbClient,
  options: { ticketId: string },
): Promise<RequesterTicketView | null> {
  const ticket = await db.ticket.findUnique({
    where: { id: options.ticketId },
    select: {
      number: true,
      summary: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      topic: { select: { nameFr: true, nameEn: true } },
      partner: { select: { name: true } },
      attachments: { where: { threadEntryId: null }, select: attachmentFields, orderBy: { createdAt: "asc" } },
      entries: {
        where: { kind: { in: publicEntryKinds } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          authorName: true,
          body: true,
          event: true,
          createdAt: true,
          attachments: { select: attachmentFields, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!ticket) return null;

  const entries: RequesterThreadEntry[] = [];
  for (const entry of ticket.entries) {
    if (entry.kind === "INTERNAL_NOTE") continue;

    if (entry.kind === "SYSTEM_EVENT") {
      const type = (entry.event as { type?: unknown } | null)?.type;
      if (!isPublicEventType(type)) continue;

      // A system event's body may name staff; the requester sees only the neutral line.
      entries.push({ ...entry, kind: entry.kind, authorName: null, body: "", eventType: type, attachments: [] });
      continue;
    }

    const isHiddenName = entry.kind === "STAFF_REPLY" && entry.authorName.includes("@");
    entries.push({
      ...entry,
      kind: entry.kind,
      authorName: isHiddenName ? null : entry.authorName,
      eventType: null,
    });
  }

  return {
    number: ticket.number,
    summary: ticket.summary,
    status: ticket.status,
    topic: ticket.topic,
    partnerName: ticket.partner?.name ?? null,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    attachments: ticket.attachments,
    entries,
  };
}
