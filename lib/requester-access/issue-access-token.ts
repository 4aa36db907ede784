import "server-only";

import { newId } from "@/lib/db/new-id";
import type { SqlClient } from "@/lib/db/sql-client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

import { generateSecretToken, hashSecretToken } from "./secret-token";

const ACCESS_TOKEN_LIFETIME_DAYS = 180;

/**
 * Mints the magic-link token of a ticket's requester. Issuing a new one revokes the
 * previous ones, so only the newest emailed link opens the ticket. Only the token's hash
 * is stored; the token itself is returned to be emailed.
 */
export async function issueAccessToken(sql: SqlClient, ticketId: string): Promise<string> {
  const token = generateSecretToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_DAYS * 24 * 60 * 60 * 1000);

  // One statement revokes and inserts, so both happen or neither, without a transaction.
  // The update does not see the row the insert writes: the new token stays valid.
  await sql.count(Prisma.sql`
    WITH revoked AS (
      UPDATE "AccessToken" SET "revokedAt" = ${now.toISOString()}::timestamp(3)
      WHERE "ticketId" = ${ticketId} AND "revokedAt" IS NULL
    )
    INSERT INTO "AccessToken" ("id", "ticketId", "tokenHash", "createdAt", "expiresAt")
    VALUES (${newId()}, ${ticketId}, ${hashSecretToken(token)}, ${now.toISOString()}::timestamp(3),
      ${expiresAt.toISOString()}::timestamp(3))`);

  return token;
}

/** The link « visualiser la progression du ticket en ligne » carries the token in its path. */
export function trackingLink(token: string): string {
  return new URL(`/suivi/acces/${token}`, env().APP_URL).toString();
}
