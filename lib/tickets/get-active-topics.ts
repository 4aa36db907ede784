import "server-only";

import { db } from "@/lib/db/client";
import type { TopicField, TopicRouting } from "@/lib/generated/prisma/enums";

import { cachedReference } from "./reference-cache";

export type ActiveTopic = {
  id: string;
  slug: string;
  nameFr: string;
  nameEn: string;
  routing: TopicRouting;
  fields: TopicField[];
};

/** The active topics, read at most every 10 s per process (see reference-cache). */
export function getActiveTopics(): Promise<ActiveTopic[]> {
  return cachedReference("active-topics", () =>
    db.topic.findMany({
      where: { isActive: true },
      select: { id: true, slug: true, nameFr: true, nameEn: true, routing: true, fields: true },
      orderBy: { position: "asc" },
    }),
  );
}
