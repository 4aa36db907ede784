import "server-only";

import { db as defaultDb, type DbClient } from "@/lib/db/client";
import type { TopicField, TopicRouting } from "@/lib/generated/prisma/enums";

export type ActiveTopic = {
  id: string;
  slug: string;
  nameFr: string;
  nameEn: string;
  routing: TopicRouting;
  fields: TopicField[];
};

// Every submission needs the topics twice (the form schema, then routing), and they change
// only when the seed or an admin edits them: a short-lived copy saves two queries a ticket.
const TTL_MS = 10_000;

type Cached = { loadedAt: number; topics: Promise<ActiveTopic[]> };
const holder = globalThis as unknown as { guichetActiveTopics?: Cached };

async function loadActiveTopics(db: DbClient): Promise<ActiveTopic[]> {
  return db.topic.findMany({
    where: { isActive: true },
    select: { id: true, slug: true, nameFr: true, nameEn: true, routing: true, fields: true },
    orderBy: { position: "asc" },
  });
}

/**
 * The active topics, read at most every few seconds per process.
 * LIMITATION: a topic deactivated by an admin keeps accepting tickets for up to 10 s on each running instance.
 */
export async function getActiveTopics(): Promise<ActiveTopic[]> {
  const cached = holder.guichetActiveTopics;
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.topics;

  const topics = loadActiveTopics(defaultDb);
  holder.guichetActiveTopics = { loadedAt: Date.now(), topics };
  // A failed read must not be served to later requests.
  topics.catch(() => {
    if (holder.guichetActiveTopics?.topics === topics) holder.guichetActiveTopics = undefined;
  });

  return topics;
}

/** Drops the copy, so the next request reads the topics again (after an admin edit). */
export function forgetActiveTopics(): void {
  holder.guichetActiveTopics = undefined;
}
