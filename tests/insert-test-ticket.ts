import { randomBytes, randomInt } from "node:crypto";

import type { DbClient } from "@/lib/db/client";

export type TestTicketOptions = {
  topicSlug?: "question" | "donnees" | "outils";
  partnerName?: string;
  requesterEmail?: string;
  requesterName?: string;
  summary?: string;
  details?: string;
  locale?: "fr" | "en";
};

/** Inserts a ticket straight into the database, for tests of what happens after creation. */
export async function insertTestTicket(db: DbClient, options: TestTicketOptions = {}) {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: options.topicSlug ?? "donnees" } });
  const partner = options.partnerName
    ? await db.partner.findUniqueOrThrow({ where: { name: options.partnerName } })
    : null;
  const unique = randomBytes(6).toString("hex");

  for (let tries = 0; ; tries += 1) {
    try {
      return await db.ticket.create({
        data: {
          number: String(randomInt(100_000, 1_000_000)),
          requesterEmail: options.requesterEmail ?? `requester-${unique}@example.org`,
          requesterName: options.requesterName ?? "Amélie Dupré",
          locale: options.locale ?? "fr",
          topicId: topic.id,
          partnerId: partner?.id ?? null,
          groupId: partner?.groupId ?? null,
          summary: options.summary ?? "Limite de parcelle erronée à Préverenges",
          details: options.details ?? "La parcelle n° 1234 déborde sur la route.",
          submissionKey: `test-${unique}-${tries}`,
        },
      });
    } catch (error) {
      // A random number may already be taken by another test's ticket: draw again.
      if (tries >= 5) throw error;
    }
  }
}
