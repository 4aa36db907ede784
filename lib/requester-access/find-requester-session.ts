import "server-only";

import type { DbClient } from "@/lib/db/client";

import { hashSecretToken } from "./secret-token";

/** The live session behind a cookie secret, with the number of the one ticket it opens. */
export async function findRequesterSession(db: DbClient, options: { secret: string }) {
  if (!options.secret) return null;

  return db.requesterSession.findFirst({
    where: { sessionHash: hashSecretToken(options.secret), expiresAt: { gt: new Date() } },
    select: { id: true, ticketId: true, ticket: { select: { id: true, number: true } } },
  });
}
