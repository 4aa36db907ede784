import "server-only";

import type { DbClient } from "@/lib/db/client";

import type { Acknowledgment } from "./acknowledgment";

const EXCERPT_LENGTH = 280;

export function acknowledgmentExcerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

/** The acknowledgment of a ticket, with names in the requester's language. */
export async function loadAcknowledgment(
  db: DbClient,
  { ticketId, locale }: { ticketId: string; locale: string },
): Promise<Acknowledgment> {
  const ticket = await db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      number: true,
      requesterEmail: true,
      summary: true,
      details: true,
      topic: { select: { nameFr: true, nameEn: true } },
      partner: { select: { name: true } },
      organisation: { select: { name: true } },
      group: { select: { name: true } },
      attachments: { select: { fileName: true }, orderBy: { createdAt: "asc" } },
    },
  });

  return {
    number: ticket.number,
    email: ticket.requesterEmail,
    topicName: locale === "en" ? ticket.topic.nameEn : ticket.topic.nameFr,
    summary: ticket.summary,
    detailsExcerpt: acknowledgmentExcerpt(ticket.details),
    partnerName: ticket.partner?.name ?? null,
    organisationName: ticket.organisation?.name ?? null,
    attachmentNames: ticket.attachments.map((attachment) => attachment.fileName),
    groupName: ticket.group?.name ?? null,
  };
}
