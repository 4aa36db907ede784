import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TopicRouting } from "@/lib/generated/prisma/enums";

import { cachedReference } from "./reference-cache";

export type TicketRecipient = { id: string; name: string; email: string };

export type TicketRoute = {
  /** Group whose referents work the ticket; null when the support team does. */
  groupId: string | null;
  groupName: string | null;
  /** The selected partner's name, for the acknowledgment; null without a partner. */
  partnerName: string | null;
  recipients: TicketRecipient[];
};

type PartnerRoute = { partnerName: string; groupId: string; groupName: string; referents: TicketRecipient[] };

/** Who works what: each active partner's group and its active referents, and the support team. */
export type RoutingTable = { partners: Map<string, PartnerRoute>; supportTeam: TicketRecipient[] };

type User = { id: string; name: string | null; email: string; isActive: boolean };

function toRecipients(users: User[]): TicketRecipient[] {
  return users
    .filter((user) => user.isActive)
    .map((user) => ({ id: user.id, name: user.name ?? user.email, email: user.email }))
    .sort((a, b) => a.email.localeCompare(b.email));
}

async function loadRoutingTable(): Promise<RoutingTable> {
  const user = { select: { id: true, name: true, email: true, isActive: true } } as const;
  const [partners, supportTeam] = await Promise.all([
    db.partner.findMany({
      where: { isActive: true },
      select: {
        id: true,
        name: true,
        group: { select: { id: true, name: true, referents: { select: { user } } } },
      },
    }),
    db.user.findMany({ where: { isSupportTeam: true }, select: user.select }),
  ]);

  return {
    partners: new Map(
      partners.map((partner) => [
        partner.id,
        {
          partnerName: partner.name,
          groupId: partner.group.id,
          groupName: partner.group.name,
          referents: toRecipients(partner.group.referents.map((referent) => referent.user)),
        },
      ]),
    ),
    supportTeam: toRecipients(supportTeam),
  };
}

/**
 * The routing table, read at most every 10 s per process (see reference-cache): every
 * ticket needs it, and it changes only when an admin edits groups, partners or referents.
 * Read it before a ticket's transaction, never inside one (the embedded database has one
 * connection).
 */
export function getRoutingTable(): Promise<RoutingTable> {
  return cachedReference("routing-table", loadRoutingTable);
}

/**
 * Decides who receives a new ticket: for partner-group topics, the active referents of the
 * selected partner's group; for support-team topics, the active support team.
 */
export function routeTicket(
  table: RoutingTable,
  { topic, partnerId }: { topic: { routing: TopicRouting }; partnerId: string | null },
): TicketRoute {
  if (topic.routing === "SUPPORT_TEAM") {
    return { groupId: null, groupName: null, partnerName: null, recipients: table.supportTeam };
  }

  const partner = partnerId ? table.partners.get(partnerId) : undefined;
  if (!partner) {
    throw new AppError("validation", "errors.validation", {
      partnerId: "ticketForm.errors.partnerUnknown",
    });
  }

  // A group left without an active referent must not swallow tickets: the support team
  // receives them until an admin names a referent. The ticket still belongs to the group.
  const recipients = partner.referents.length > 0 ? partner.referents : table.supportTeam;

  return { groupId: partner.groupId, groupName: partner.groupName, partnerName: partner.partnerName, recipients };
}
