import "server-only";

import type { DbClient } from "@/lib/db/client";

import { openRequesterSession, type OpenedRequesterSession } from "./open-requester-session";
import { hashSecretToken } from "./secret-token";

export type RedeemedAccess = OpenedRequesterSession & { ticketNumber: string };

/**
 * Exchanges a magic-link token for a tracking session. Returns null for an unknown,
 * revoked (or replaced) or expired token, without saying which.
 */
export async function redeemAccessToken(
  db: DbClient,
  options: { token: string },
): Promise<RedeemedAccess | null> {
  // Tokens are 43 base64url characters; anything else cannot match and is not looked up.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(options.token)) return null;

  const accessToken = await db.accessToken.findFirst({
    where: { tokenHash: hashSecretToken(options.token), revokedAt: null, expiresAt: { gt: new Date() } },
    select: { ticketId: true, ticket: { select: { number: true } } },
  });
  if (!accessToken) return null;

  const session = await openRequesterSession(db, { ticketId: accessToken.ticketId });

  return { ...session, ticketNumber: accessToken.ticket.number };
}
