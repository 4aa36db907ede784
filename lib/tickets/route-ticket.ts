import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TopicRouting } from "@/lib/generated/prisma/enums";

export type TicketRecipient = { id: string; name: string; email: string };

export type TicketRoute = {
  /** Group whose referents work the ticket; null when the support team does. */
  groupId: string | null;
  groupName: string | null;
  /** The selected partner's name, for the acknowledgment; null without a partner. */
  partnerName: string | null;
  recipients: TicketRecipient[];
};

function toRecipient(user: { id: string; name: string | null; email: string }): TicketRecipient {
  return { id: user.id, name: user.name ?? user.email, email: user.email };
}

async function supportTeam(sql: SqlClient): Promise<TicketRecipient[]> {
  const users = await sql.rows<{ id: string; name: string | null; email: string }>(Prisma.sql`
    SELECT "id", "name", "email" FROM "User"
    WHERE "isSupportTeam" AND "isActive"
    ORDER BY "email"`);

  return users.map(toRecipient);
}

type PartnerGroup = {
  partnerName: string;
  groupId: string;
  groupName: string;
  referents: { id: string; name: string | null; email: string }[];
};

// One statement where the nested Prisma read takes four: this runs for every ticket.
async function partnerGroup(sql: SqlClient, partnerId: string): Promise<PartnerGroup | null> {
  const rows = await sql.rows<PartnerGroup>(Prisma.sql`
    SELECT p."name" AS "partnerName", g."id" AS "groupId", g."name" AS "groupName",
      COALESCE(
        json_agg(json_build_object('id', u."id", 'name', u."name", 'email', u."email"))
          FILTER (WHERE u."id" IS NOT NULL),
        '[]'
      ) AS "referents"
    FROM "Partner" p
    JOIN "Group" g ON g."id" = p."groupId"
    LEFT JOIN "GroupReferent" r ON r."groupId" = g."id"
    LEFT JOIN "User" u ON u."id" = r."userId" AND u."isActive"
    WHERE p."id" = ${partnerId} AND p."isActive"
    GROUP BY p."id", g."id"`);

  return rows[0] ?? null;
}

/**
 * Decides who receives a new ticket: for partner-group topics, the active referents of the
 * selected partner's group; for support-team topics, the active support team.
 */
export async function routeTicket(
  sql: SqlClient,
  { topic, partnerId }: { topic: { routing: TopicRouting }; partnerId: string | null },
): Promise<TicketRoute> {
  if (topic.routing === "SUPPORT_TEAM") {
    return { groupId: null, groupName: null, partnerName: null, recipients: await supportTeam(sql) };
  }

  const partner = partnerId ? await partnerGroup(sql, partnerId) : null;
  if (!partner) {
    throw new AppError("validation", "errors.validation", {
      partnerId: "ticketForm.errors.partnerUnknown",
    });
  }

  const referents = partner.referents.map(toRecipient);
  referents.sort((a, b) => a.email.localeCompare(b.email));

  // A group left without an active referent must not swallow tickets: the support team
  // receives them until an admin names a referent. The ticket still belongs to the group.
  const recipients = referents.length > 0 ? referents : await supportTeam(sql);

  return { groupId: partner.groupId, groupName: partner.groupName, partnerName: partner.partnerName, recipients };
}
