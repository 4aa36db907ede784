import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";

/** How long a claimed email stays invisible to other workers while it is being sent. */
const LEASE_SECONDS = 120;

export type ClaimedEmail = {
  id: string;
  template: string;
  toAddress: string;
  locale: string;
  data: unknown;
  ticketId: string | null;
  attempts: number;
};

/**
 * Takes up to `limit` due emails for this worker, in one statement. The claim pushes
 * `nextAttemptAt` past a lease and counts the attempt, so concurrent workers (or passes)
 * never get the same row, and a worker that dies mid-send frees the row when the lease
 * ends. `SKIP LOCKED` lets concurrent claims pass each other instead of waiting.
 */
export async function claimDueEmails(sql: SqlClient, options: { limit: number }): Promise<ClaimedEmail[]> {
  // RETURNING keeps no order: the outer SELECT puts the emails in the order they were queued.
  return sql.rows<ClaimedEmail>(Prisma.sql`
    WITH claimed AS (
      UPDATE "OutgoingEmail"
      SET "attempts" = "attempts" + 1,
          "nextAttemptAt" = now() + (${LEASE_SECONDS}::int * interval '1 second')
      WHERE "id" IN (
        SELECT "id" FROM "OutgoingEmail"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${options.limit}::int
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "template", "toAddress", "locale", "data", "ticketId", "attempts", "createdAt"
    )
    SELECT "id", "template", "toAddress", "locale", "data", "ticketId", "attempts"
    FROM claimed
    ORDER BY "createdAt", "id"`);
}
