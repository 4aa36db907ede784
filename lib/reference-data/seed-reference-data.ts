import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TopicField, TopicRouting } from "@/lib/generated/prisma/enums";

import referenceData from "@/prisma/data/reference-data.json";

type ReferenceData = typeof referenceData;

// The shipped topics, in French (the reference) and English. Their routing and fields come
// from the reference data; afterwards admins edit them as data.
const topicTexts: Record<string, { slug: string; nameEn: string; descriptionFr: string; descriptionEn: string }> = {
  "Poser une question (public)": {
    slug: "question",
    nameEn: "Ask a question (public)",
    descriptionFr: "Questions sur le géoportail ou l'association de manière générale.",
    descriptionEn: "General questions about the geoportal or the association.",
  },
  "Questions relatives aux données": {
    slug: "donnees",
    nameEn: "Questions about data",
    descriptionFr:
      "Remarques ou demandes d'informations concernant les données d'une commune ou d'une association de communes (gestionnaires et partenaires). Transmis au référent du groupement du partenaire.",
    descriptionEn:
      "Remarks or requests for information about a commune's or an association's data (managers and partners). Sent to the referent of the partner's group.",
  },
  "Questions relatives aux outils": {
    slug: "outils",
    nameEn: "Questions about tools",
    descriptionFr:
      "Fonctionnement des outils du géoportail : impression PDF, outil dessin… (gestionnaires et partenaires). Transmis au référent du groupement du partenaire.",
    descriptionEn:
      "How the geoportal's tools work: PDF printing, drawing tool… (managers and partners). Sent to the referent of the partner's group.",
  },
};

const fieldNames: Record<string, TopicField | null> = {
  summary: null,
  details: "DETAILS",
  attachments: "ATTACHMENTS",
  partner: "PARTNER",
  organisation: "ORGANISATION",
};

const routings: Record<string, TopicRouting> = {
  "support-team": "SUPPORT_TEAM",
  "partner-group-referents": "PARTNER_GROUP",
};

/** Loads the reference data; safe to run again, it only adds what is missing. */
export async function seedReferenceData(db: PrismaClient, data: ReferenceData = referenceData) {
  for (const member of data.supportTeam) {
    await db.user.upsert({
      where: { email: member.email },
      update: {},
      create: {
        email: member.email,
        name: member.name,
        role: member.role === "admin" ? "ADMIN" : "REFERENT",
        isSupportTeam: true,
      },
    });
  }

  for (const group of data.groups) {
    const { id: groupId } = await db.group.upsert({
      where: { name: group.name },
      update: {},
      create: { name: group.name },
    });

    for (const referent of group.referents) {
      const user = await db.user.upsert({
        where: { email: referent.email },
        update: {},
        create: { email: referent.email, name: referent.name, role: "REFERENT" },
      });
      await db.groupReferent.upsert({
        where: { groupId_userId: { groupId, userId: user.id } },
        update: {},
        create: { groupId, userId: user.id },
      });
    }

    for (const partner of group.partners) {
      await db.partner.upsert({
        where: { name: partner.name },
        update: {},
        create: { name: partner.name, kind: partner.kind === "commune" ? "COMMUNE" : "ASSOCIATION", groupId },
      });
    }
  }

  for (const [position, name] of data.organisations.entries()) {
    await db.organisation.upsert({ where: { name }, update: {}, create: { name, position } });
  }

  for (const [position, topic] of data.topics.entries()) {
    const texts = topicTexts[topic.name];
    if (!texts) throw new Error(`No texts for topic ${topic.name}`);

    const fields = topic.fields.map((field) => fieldNames[field]).filter((field) => field !== null && field !== undefined);
    const routing = routings[topic.routing];
    if (!routing) throw new Error(`Unknown routing ${topic.routing}`);

    await db.topic.upsert({
      where: { slug: texts.slug },
      update: {},
      create: {
        slug: texts.slug,
        nameFr: topic.name,
        nameEn: texts.nameEn,
        descriptionFr: texts.descriptionFr,
        descriptionEn: texts.descriptionEn,
        routing,
        fields,
        position,
      },
    });
  }
}
