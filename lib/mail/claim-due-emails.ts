import "server-only";

import type { DbClient } from "@/lib/db/client";

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
  createdAt: Date;
};

/**
 * Takes up to `limit` due emails for this worker, in one statement. The claim pushes
 * `nextAttemptAt` past a lease and counts the attempt, so concurrent workers (or passes)
 * never get the same row, and a worker that dies mid-send frees the row when the lease
 * ends. `SKIP LOCKED` lets concurrent claims pass each other instead of waiting.
 */
export async function claimDueEmails(db: DbClient, options: { limit: number }): Promise<ClaimedEmail[]> {
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
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
    RETURNING "id", "template", "toAddress", "locale", "data", "ticketId", "attempts", "createdAt"`;

  // RETURNING keeps no order: emails go out in the order they were queued.
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
