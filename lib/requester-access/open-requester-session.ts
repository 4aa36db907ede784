import "server-only";

import type { DbClient } from "@/lib/db/client";

import { generateSecretToken, hashSecretToken } from "./secret-token";
import { requesterSessionLifetimeMs } from "./session-cookie";

export type OpenedRequesterSession = { secret: string; expiresAt: Date };

// LIMITATION: expired sessions are refused but stay in the table until a purge job is written.
/** Starts a tracking session scoped to one ticket; only the secret's hash is stored. */
export async function openRequesterSession(
  db: DbClient,
  options: { ticketId: string },
): Promise<OpenedRequesterSession> {
  const secret = generateSecretToken();
  const expiresAt = new Date(Date.now() + requesterSessionLifetimeMs);

  await db.requesterSession.create({
    data: { ticketId: options.ticketId, sessionHash: hashSecretToken(secret), expiresAt },
  });

  return { secret, expiresAt };
}
