import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { newId } from "@/lib/db/new-id";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EnqueueEmailOptions } from "@/lib/mail/enqueue-email";

// Raw SQL on purpose: this runs for every new ticket (see lib/db/sql-client.ts). One statement
// writes what five model calls did; the columns are the schema's, ids and timestamps are
// filled here as Prisma would (it sets them client-side, the database has no default).

type QueuedEmail = Omit<EnqueueEmailOptions, "ticketId">;

export type NewTicket = {
  number: string;
  requesterEmail: string;
  requesterName: string;
  requesterPhone: string | null;
  locale: string;
  topicId: string;
  partnerId: string | null;
  organisationId: string | null;
  groupId: string | null;
  summary: string;
  details: string;
  submissionKey: string;
};

export type TicketRows = {
  ticket: NewTicket;
  /** The requester's message: the thread's first entry. */
  message: { authorName: string; body: string };
  /** The system event written right after it (routing). */
  systemEvent: { authorName: string; event: Prisma.InputJsonObject };
  auditData: Prisma.InputJsonObject;
  /**
   * Outbox rows, sent in this order (the acknowledgment first); each gets this ticket as
   * `ticketId`, in its column and in its template data.
   */
  emails: [QueuedEmail, ...QueuedEmail[]];
};

/**
 * Inserts a new ticket with its first thread entry and system event, its "ticket.created"
 * audit event and its queued emails, in one statement. A unique violation (number,
 * submissionKey) fails it whole, as lib/db/db-errors.ts recognises.
 */
export async function insertTicketRows(
  sql: SqlClient,
  { ticket, message, systemEvent, auditData, emails }: TicketRows,
): Promise<{ ticketId: string; messageId: string }> {
  // UTC text, read as PostgreSQL reads Prisma's DateTime values for a timestamp column.
  const now = new Date().toISOString();
  const ticketId = newId();
  // Ids ascend in the order made: the message sorts before the event (same createdAt), and
  // the emails are claimed in the given order.
  const messageId = newId();
  const eventId = newId();
  const emailRows = emails.map(
    (email) =>
      Prisma.sql`(${newId()}, ${email.template}, ${email.to.trim()}, ${email.locale},
        ${JSON.stringify({ ticketId, ...email.data })}::jsonb, ${now}::timestamp(3))`,
  );

  // The child rows select from `ticket`, so they reference the row this statement writes.
  await sql.count(Prisma.sql`
    WITH ticket AS (
      INSERT INTO "Ticket" ("id", "number", "requesterEmail", "requesterName", "requesterPhone",
        "locale", "topicId", "partnerId", "organisationId", "groupId", "summary", "details",
        "submissionKey", "createdAt", "updatedAt")
      VALUES (${ticketId}, ${ticket.number}, ${ticket.requesterEmail}, ${ticket.requesterName},
        ${ticket.requesterPhone}, ${ticket.locale}, ${ticket.topicId}, ${ticket.partnerId},
        ${ticket.organisationId}, ${ticket.groupId}, ${ticket.summary}, ${ticket.details},
        ${ticket.submissionKey}, ${now}::timestamp(3), ${now}::timestamp(3))
      RETURNING "id"
    ),
    entries AS (
      INSERT INTO "ThreadEntry" ("id", "ticketId", "kind", "authorName", "body", "event", "createdAt")
      SELECT entry.*
      FROM ticket, LATERAL (VALUES
        (${messageId}, ticket."id", 'REQUESTER_MESSAGE'::"ThreadEntryKind", ${message.authorName},
          ${message.body}, NULL::jsonb, ${now}::timestamp(3)),
        (${eventId}, ticket."id", 'SYSTEM_EVENT'::"ThreadEntryKind", ${systemEvent.authorName},
          '', ${JSON.stringify(systemEvent.event)}::jsonb, ${now}::timestamp(3))
      ) AS entry
    ),
    audit AS (
      INSERT INTO "AuditEvent" ("id", "action", "actorType", "ticketId", "data", "createdAt")
      SELECT ${newId()}, 'ticket.created', 'requester', ticket."id",
        ${JSON.stringify(auditData)}::jsonb, ${now}::timestamp(3)
      FROM ticket
    )
    INSERT INTO "OutgoingEmail" ("id", "template", "toAddress", "locale", "data", "nextAttemptAt",
      "ticketId", "createdAt")
    SELECT email.*, ticket."id", email."nextAttemptAt"
    FROM ticket, (VALUES ${Prisma.join(emailRows)})
      AS email ("id", "template", "toAddress", "locale", "data", "nextAttemptAt")`);

  return { ticketId, messageId };
}
