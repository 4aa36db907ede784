import "server-only";

import type { DbClient } from "@/lib/db/client";
import { env } from "@/lib/env";

import { generateSecretToken, hashSecretToken } from "./secret-token";

const ACCESS_TOKEN_LIFETIME_DAYS = 180;

/**
 * Mints the magic-link token of a ticket's requester. Issuing a new one revokes the
 * previous ones, so only the newest emailed link opens the ticket.
 */
export async function issueAccessToken(db: DbClient, ticketId: string): Promise<string> {
  const token = generateSecretToken();
  const now = new Date();

  await db.accessToken.updateMany({
    where: { ticketId, revokedAt: null },
    data: { revokedAt: now },
  });
  await db.accessToken.create({
    data: {
      ticketId,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_DAYS * 24 * 60 * 60 * 1000),
    },
  });

  return token;
}

/** The link « visualiser la progression du ticket en ligne » carries the token in its path. */
export function trackingLink(token: string): string {
  return new URL(`/suivi/acces/${token}`, env().APP_URL).toString();
}
