import "server-only";

import type { DbClient } from "@/lib/db/client";

export type AlertRecipient = { id: string; email: string };

/**
 * Who hears about a requester's message: the assignee when there is an active one, else the
 * active referents of the ticket's group, else the support team (support-team topics, or a
 * group left without a referent).
 */
export async function findMessageAlertRecipients(
  db: DbClient,
  ticket: { assigneeId: string | null; groupId: string | null },
): Promise<AlertRecipient[]> {
  const select = { id: true, email: true } as const;

  if (ticket.assigneeId) {
    const assignee = await db.user.findFirst({ where: { id: ticket.assigneeId, isActive: true }, select });
    if (assignee) return [assignee];
  }

  if (ticket.groupId) {
    const referents = await db.user.findMany({
      where: { isActive: true, groups: { some: { groupId: ticket.groupId } } },
      select,
      orderBy: { email: "asc" },
    });
    if (referents.length > 0) return referents;
  }

  return db.user.findMany({ where: { isActive: true, isSupportTeam: true }, select, orderBy: { email: "asc" } });
}
