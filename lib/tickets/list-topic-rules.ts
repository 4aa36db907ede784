import "server-only";

import { getActiveTopics } from "./get-active-topics";
import type { TopicRule } from "./ticket-schema";

/** The rules the ticket schema needs, read from the topics admins edit. */
export async function listTopicRules(): Promise<TopicRule[]> {
  const topics = await getActiveTopics();

  return topics.map(({ id, fields }) => ({ id, fields }));
}
