import "server-only";

import { cookies } from "next/headers";

import { db as defaultDb, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { findRequesterSession } from "./find-requester-session";
import { requesterSessionCookie } from "./session-cookie";

export type RequesterTicket = { sessionId: string; ticketId: string; ticketNumber: string };

/**
 * The one gate of the requester's side: every page, route and action that reads or writes
 * a ticket calls it with the number it was asked for. It passes only when the cookie's
 * session is live and scoped to that very ticket; otherwise it refuses without telling
 * whether the ticket exists.
 */
export async function requireRequesterTicket(
  number: string,
  db: DbClient = defaultDb,
): Promise<RequesterTicket> {
  const secret = (await cookies()).get(requesterSessionCookie)?.value ?? "";
  const session = await findRequesterSession(db, { secret });

  if (!session || session.ticket.number !== number) {
    throw new AppError("forbidden", "tracking.errors.noAccess");
  }

  return { sessionId: session.id, ticketId: session.ticket.id, ticketNumber: session.ticket.number };
}
