import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";

import { EmailDataMissingError } from "./email-data-missing-error";

/** What the email templates show of a ticket. */
export type EmailTicket = {
  id: string;
  number: string;
  requesterName: string;
  requesterEmail: string;
  requesterPhone: string | null;
  summary: string;
  details: string;
  topicNameFr: string;
  topicNameEn: string;
  partnerName: string | null;
  groupName: string | null;
  organisationName: string | null;
  /** Files sent with the ticket (not with a later reply), oldest first; empty unless asked for. */
  attachmentNames: string[];
};

/**
 * Reads a ticket with the names of its topic, partner, group and organisation, in one
 * statement: this runs for every email the outbox sends.
 */
export async function loadEmailTicket(
  sql: SqlClient,
  options: { ticketId: string; withAttachments?: boolean },
): Promise<EmailTicket> {
  // The files sent with the ticket: those of its opening message (the form attaches them
  // there) or of no message; a later reply's files belong to that reply.
  const attachmentNames = options.withAttachments
    ? Prisma.sql`COALESCE((
        SELECT json_agg(a."fileName" ORDER BY a."createdAt", a."id") FROM "Attachment" a
        WHERE a."ticketId" = t."id" AND (a."threadEntryId" IS NULL OR a."threadEntryId" = (
          SELECT e."id" FROM "ThreadEntry" e WHERE e."ticketId" = t."id"
          ORDER BY e."createdAt", e."id" LIMIT 1))
      ), '[]'::json)`
    : Prisma.sql`'[]'::json`;

  const [ticket] = await sql.rows<EmailTicket>(Prisma.sql`
    SELECT t."id", t."number", t."requesterName", t."requesterEmail", t."requesterPhone",
      t."summary", t."details", topic."nameFr" AS "topicNameFr", topic."nameEn" AS "topicNameEn",
      partner."name" AS "partnerName", team."name" AS "groupName",
      organisation."name" AS "organisationName", ${attachmentNames} AS "attachmentNames"
    FROM "Ticket" t
    JOIN "Topic" topic ON topic."id" = t."topicId"
    LEFT JOIN "Partner" partner ON partner."id" = t."partnerId"
    LEFT JOIN "Group" team ON team."id" = t."groupId"
    LEFT JOIN "Organisation" organisation ON organisation."id" = t."organisationId"
    WHERE t."id" = ${options.ticketId}`);
  if (!ticket) throw new EmailDataMissingError(`ticket ${options.ticketId} not found`);

  return ticket;
}
