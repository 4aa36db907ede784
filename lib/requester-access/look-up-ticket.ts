import "server-only";

import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { assertAttemptAllowed, recordAttempt } from "./lookup-rate-limit";
import { normalizeEmail, normalizeTicketNumber } from "./lookup-schema";
import { openRequesterSession, type OpenedRequesterSession } from "./open-requester-session";

export type LookedUpTicket = OpenedRequesterSession & { ticketNumber: string };

/**
 * « Afficher le ticket »: opens a tracking session when the email and the number belong to
 * the same ticket. Every kind of mismatch fails with the same message and counts against
 * the client's IP and the email typed.
 */
export async function lookUpTicket(
  db: DbClient,
  options: { email: string; number: string; ip: string },
): Promise<LookedUpTicket> {
  const email = normalizeEmail(options.email);
  const number = normalizeTicketNumber(options.number);
  const keys = { ip: options.ip, email };

  await assertAttemptAllowed("lookup", keys);

  const ticket = await db.ticket.findUnique({
    where: { number },
    select: { id: true, number: true, requesterEmail: true },
  });
  const isMatch = ticket !== null && normalizeEmail(ticket.requesterEmail) === email;

  if (!ticket || !isMatch) {
    await recordAttempt("lookup", keys);
    throw new AppError("not_found", "tracking.errors.lookupFailed");
  }

  const session = await openRequesterSession(db, { ticketId: ticket.id });

  return { ...session, ticketNumber: ticket.number };
}
