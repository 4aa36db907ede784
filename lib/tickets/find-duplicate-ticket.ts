import "server-only";

import type { DbClient } from "@/lib/db/client";
import type { SqlClient } from "@/lib/db/sql-client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// Two submissions identical in every field, from the same address this close together, are
// one request sent twice (a second tab, a re-sent form after a network error), not two
// requests. Any difference (another partner, another organisation, files) makes a new one.
export const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

/**
 * The ticket an earlier submission with this key created. A key belongs to one form
 * instance, so the same key with another address is refused rather than answered.
 */
export async function findTicketBySubmissionKey(
  db: DbClient,
  { submissionKey, email }: { submissionKey: string; email: string },
): Promise<{ id: string } | null> {
  const ticket = await db.ticket.findUnique({
    where: { submissionKey },
    select: { id: true, requesterEmail: true },
  });
  if (!ticket) return null;

  if (ticket.requesterEmail !== email) {
    throw new AppError("conflict", "ticketForm.errors.submissionConflict");
  }

  return { id: ticket.id };
}

/** Every field a requester fills in, as the ticket stores it. */
export type SubmissionContent = {
  topicId: string;
  requesterName: string;
  requesterPhone: string | null;
  summary: string;
  details: string;
  partnerId: string | null;
  organisationId: string | null;
};

export type EarlierSubmission = { sameKey: { id: string } | null; sameContent: { id: string } | null };

/**
 * Both checks above in one query, for the hot path of ticket creation: the ticket this
 * submission key already made, and the earliest one with the same content in the window.
 * Pass `content: null` to look up the key alone: when the topic is unknown, or when the
 * submission brings files, which are new uploads and so never a re-send.
 */
export async function findEarlierSubmission(
  sql: SqlClient,
  input: { submissionKey: string; email: string },
  content: SubmissionContent | null,
  now = new Date(),
): Promise<EarlierSubmission> {
  // IS NOT DISTINCT FROM matches null with null, as Prisma's `{ field: null }` does.
  const sameContent = content
    ? Prisma.sql`OR ("requesterEmail" = ${input.email}
        AND "topicId" = ${content.topicId}
        AND "requesterName" = ${content.requesterName}
        AND "requesterPhone" IS NOT DISTINCT FROM ${content.requesterPhone}
        AND "summary" = ${content.summary}
        AND "details" = ${content.details}
        AND "partnerId" IS NOT DISTINCT FROM ${content.partnerId}
        AND "organisationId" IS NOT DISTINCT FROM ${content.organisationId}
        AND "createdAt" >= ${new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()}::timestamp(3))`
    : Prisma.empty;
  const tickets = await sql.rows<{ id: string; submissionKey: string; requesterEmail: string }>(Prisma.sql`
    SELECT "id", "submissionKey", "requesterEmail"
    FROM "Ticket"
    WHERE "submissionKey" = ${input.submissionKey} ${sameContent}
    ORDER BY "createdAt"`);

  const keyed = tickets.find((ticket) => ticket.submissionKey === input.submissionKey);
  if (keyed && keyed.requesterEmail !== input.email) {
    throw new AppError("conflict", "ticketForm.errors.submissionConflict");
  }
  const earliest = content ? tickets.find((ticket) => ticket !== keyed) : undefined;

  return {
    sameKey: keyed ? { id: keyed.id } : null,
    sameContent: earliest ? { id: earliest.id } : null,
  };
}
