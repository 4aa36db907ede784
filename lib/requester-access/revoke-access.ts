import "server-only";

import type { DbClient } from "@/lib/db/client";

/**
 * Staff revocation: every magic link of the ticket stops working and every open tracking
 * session ends. The requester can still get a fresh link by email + number.
 */
export async function revokeRequesterAccess(db: DbClient, ticketId: string) {
  const tokens = await db.accessToken.updateMany({
    where: { ticketId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const sessions = await db.requesterSession.deleteMany({ where: { ticketId } });

  return { revokedTokens: tokens.count, endedSessions: sessions.count };
}
