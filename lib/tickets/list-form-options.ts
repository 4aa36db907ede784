import "server-only";

import { db as defaultDb, type DbClient } from "@/lib/db/client";

import type { TopicFieldName } from "./ticket-schema";

export type FormTopic = {
  id: string;
  name: string;
  description: string;
  fields: TopicFieldName[];
};
export type FormPartner = { id: string; name: string; groupName: string };
export type FormOrganisation = { id: string; name: string };
export type TicketFormOptions = {
  topics: FormTopic[];
  partners: FormPartner[];
  organisations: FormOrganisation[];
};

// French collation: « Échichens » sorts with the E's and « L'Isle » with the L's.
const frenchCollator = new Intl.Collator("fr", { sensitivity: "base", ignorePunctuation: true });

/** What the « Nouveau ticket » form offers: active topics, partners and organisations. */
export async function listFormOptions(
  { locale }: { locale: string },
  db: DbClient = defaultDb,
): Promise<TicketFormOptions> {
  const isEnglish = locale === "en";

  const [topics, partners, organisations] = await Promise.all([
    db.topic.findMany({
      where: { isActive: true },
      orderBy: [{ position: "asc" }, { nameFr: "asc" }],
    }),
    db.partner.findMany({
      where: { isActive: true },
      select: { id: true, name: true, group: { select: { name: true } } },
    }),
    db.organisation.findMany({
      where: { isActive: true },
      select: { id: true, name: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);

  return {
    topics: topics.map((topic) => ({
      id: topic.id,
      name: isEnglish ? topic.nameEn : topic.nameFr,
      description: isEnglish ? topic.descriptionEn : topic.descriptionFr,
      fields: topic.fields,
    })),
    partners: partners
      .map((partner) => ({ id: partner.id, name: partner.name, groupName: partner.group.name }))
      .sort((a, b) => frenchCollator.compare(a.name, b.name)),
    organisations,
  };
}
