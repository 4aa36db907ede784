import "server-only";

import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TopicRouting } from "@/lib/generated/prisma/enums";

export type TicketRecipient = { id: string; name: string; email: string };

export type TicketRoute = {
  /** Group whose referents work the ticket; null when the support team does. */
  groupId: string | null;
  groupName: string | null;
  recipients: TicketRecipient[];
};

function toRecipient(user: { id: string; name: string | null; email: string }): TicketRecipient {
  return { id: user.id, name: user.name ?? user.email, email: user.email };
}

async function supportTeam(db: DbClient): Promise<TicketRecipient[]> {
  const users = await db.user.findMany({
    where: { isSupportTeam: true, isActive: true },
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
  });

  return users.map(toRecipient);
}

/**
 * Decides who receives a new ticket: for partner-group topics, the active referents of the
 * selected partner's group; for support-team topics, the active support team.
 */
export async function routeTicket(
  db: DbClient,
  { topic, partnerId }: { topic: { routing: TopicRouting }; partnerId: string | null },
): Promise<TicketRoute> {
  if (topic.routing === "SUPPORT_TEAM") {
    return { groupId: null, groupName: null, recipients: await supportTeam(db) };
  }

  const partner = partnerId
    ? await db.partner.findFirst({
        where: { id: partnerId, isActive: true },
        select: {
          group: {
            select: {
              id: true,
              name: true,
              referents: {
                where: { user: { isActive: true } },
                select: { user: { select: { id: true, name: true, email: true } } },
              },
            },
          },
        },
      })
    : null;
  if (!partner) {
    throw new AppError("validation", "errors.validation", {
      partnerId: "ticketForm.errors.partnerUnknown",
    });
  }

  const referents = partner.group.referents.map(({ user }) => toRecipient(user));
  referents.sort((a, b) => a.email.localeCompare(b.email));

  // A group left without an active referent must not swallow tickets: the support team
  // receives them until an admin names a referent. The ticket still belongs to the group.
  const recipients = referents.length > 0 ? referents : await supportTeam(db);

  return { groupId: partner.group.id, groupName: partner.group.name, recipients };
}
