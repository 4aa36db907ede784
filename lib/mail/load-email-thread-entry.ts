import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";

import { EmailDataMissingError } from "./email-data-missing-error";

/** What a requester-message alert shows of the message. */
export type EmailThreadEntry = { body: string; attachmentNames: string[] };

/** Reads a thread entry of the ticket with the names of its files, oldest first. */
export async function loadEmailThreadEntry(
  sql: SqlClient,
  options: { ticketId: string; threadEntryId: string },
): Promise<EmailThreadEntry> {
  const [entry] = await sql.rows<EmailThreadEntry>(Prisma.sql`
    SELECT e."body", COALESCE((
        SELECT json_agg(a."fileName" ORDER BY a."createdAt", a."id") FROM "Attachment" a
        WHERE a."threadEntryId" = e."id"
      ), '[]'::json) AS "attachmentNames"
    FROM "ThreadEntry" e
    WHERE e."id" = ${options.threadEntryId} AND e."ticketId" = ${options.ticketId}`);
  if (!entry) throw new EmailDataMissingError(`thread entry ${options.threadEntryId} not found`);

  return entry;
}
