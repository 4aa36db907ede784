import "server-only";

import { db as defaultDb, type DbClient } from "@/lib/db/client";

import type { TopicRule } from "./ticket-schema";

/** The rules the ticket schema needs, read from the topics admins edit. */
export async function listTopicRules(db: DbClient = defaultDb): Promise<TopicRule[]> {
  return db.topic.findMany({ where: { isActive: true }, select: { id: true, fields: true } });
}
