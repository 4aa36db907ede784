import "server-only";

import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

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
  db: DbClient,
  input: { submissionKey: string; email: string },
  content: SubmissionContent | null,
  now = new Date(),
): Promise<EarlierSubmission> {
  const tickets = await db.ticket.findMany({
    where: {
      OR: [
        { submissionKey: input.submissionKey },
        ...(content
          ? [
              {
                ...content,
                requesterEmail: input.email,
                createdAt: { gte: new Date(now.getTime() - DUPLICATE_WINDOW_MS) },
              },
            ]
          : []),
      ],
    },
    select: { id: true, submissionKey: true, requesterEmail: true },
    orderBy: { createdAt: "asc" },
  });

  const keyed = tickets.find((ticket) => ticket.submissionKey === input.submissionKey);
  if (keyed && keyed.requesterEmail !== input.email) {
    throw new AppError("conflict", "ticketForm.errors.submissionConflict");
  }
  const sameContent = content ? tickets.find((ticket) => ticket !== keyed) : undefined;

  return {
    sameKey: keyed ? { id: keyed.id } : null,
    sameContent: sameContent ? { id: sameContent.id } : null,
  };
}
