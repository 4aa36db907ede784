import { toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";

import { appPool } from "@/lib/db/app-pool";
import { db } from "@/lib/db/client";
import { pgSqlClient, prismaSqlClient } from "@/lib/db/sql-client";
import { insertTestTicket } from "@/tests/insert-test-ticket";

import { EmailDataMissingError } from "./email-data-missing-error";
import { loadEmailThreadEntry } from "./load-email-thread-entry";
import { loadEmailTicket } from "./load-email-ticket";
import { renderOutgoingEmail } from "./render-outgoing-email";

const sql = () => pgSqlClient(appPool());

async function attach(ticketId: string, fileName: string, options: { threadEntryId?: string; createdAt: Date }) {
  await db.attachment.create({
    data: {
      ticketId,
      threadEntryId: options.threadEntryId ?? null,
      fileName,
      mimeType: "application/pdf",
      size: 100,
      sha256: "0".repeat(64),
      storage: "LOCAL",
      storageKey: `test/${fileName}`,
      createdAt: options.createdAt,
    },
  });
}

/**
 * A partner ticket with an organisation, two files sent with it (on its opening message, as
 * the form attaches them) and two on a later message.
 */
async function ticketWithEverything() {
  const ticket = await insertTestTicket(db, { partnerName: "Préverenges" });
  const organisation = await db.organisation.findFirstOrThrow({ orderBy: { position: "asc" } });
  await db.ticket.update({ where: { id: ticket.id }, data: { organisationId: organisation.id } });
  const earlier = new Date(Date.now() - 60_000);
  const opening = await db.threadEntry.create({
    data: { ticketId: ticket.id, kind: "REQUESTER_MESSAGE", authorName: ticket.requesterName, body: ticket.summary, createdAt: earlier },
  });
  const entry = await db.threadEntry.create({
    data: { ticketId: ticket.id, kind: "REQUESTER_MESSAGE", authorName: ticket.requesterName, body: "Voici le plan d'Échichens." },
  });
  // Written in the opposite order to the one they were uploaded in.
  await attach(ticket.id, "plan-2.pdf", { threadEntryId: opening.id, createdAt: new Date() });
  await attach(ticket.id, "plan-1.pdf", { threadEntryId: opening.id, createdAt: earlier });
  await attach(ticket.id, "message-b.png", { threadEntryId: entry.id, createdAt: new Date() });
  await attach(ticket.id, "message-a.png", { threadEntryId: entry.id, createdAt: earlier });

  const topic = await db.topic.findUniqueOrThrow({ where: { id: ticket.topicId } });
  const partner = await db.partner.findUniqueOrThrow({ where: { name: "Préverenges" }, include: { group: true } });

  return { ticket, entry, topic, partner, organisation };
}

describe("ticket data for emails", () => {
  it("reads the ticket with its topic, partner, group, organisation and the files sent with it, oldest first", async () => {
    const { ticket, topic, partner, organisation } = await ticketWithEverything();

    const loaded = await loadEmailTicket(sql(), { ticketId: ticket.id, withAttachments: true });

    expect(loaded).toEqual({
      id: ticket.id,
      number: ticket.number,
      requesterName: ticket.requesterName,
      requesterEmail: ticket.requesterEmail,
      requesterPhone: null,
      summary: ticket.summary,
      details: ticket.details,
      topicNameFr: topic.nameFr,
      topicNameEn: topic.nameEn,
      partnerName: "Préverenges",
      groupName: partner.group.name,
      organisationName: organisation.name,
      attachmentNames: ["plan-1.pdf", "plan-2.pdf"],
    });
    // Inside a Prisma transaction the same statement gives the same data.
    expect(await loadEmailTicket(prismaSqlClient(db), { ticketId: ticket.id, withAttachments: true })).toEqual(loaded);
    expect((await loadEmailTicket(sql(), { ticketId: ticket.id })).attachmentNames).toEqual([]);
  });

  it("reads a support-team ticket without partner, group or organisation", async () => {
    const ticket = await insertTestTicket(db, { topicSlug: "question" });

    const loaded = await loadEmailTicket(sql(), { ticketId: ticket.id, withAttachments: true });

    expect([loaded.partnerName, loaded.groupName, loaded.organisationName, loaded.attachmentNames]).toEqual([null, null, null, []]);
  });

  it("reads a message of the ticket with its files, and only of that ticket", async () => {
    const { ticket, entry } = await ticketWithEverything();
    const other = await insertTestTicket(db);

    const loaded = await loadEmailThreadEntry(sql(), { ticketId: ticket.id, threadEntryId: entry.id });

    expect(loaded).toEqual({ body: "Voici le plan d'Échichens.", attachmentNames: ["message-a.png", "message-b.png"] });
    await expect(loadEmailThreadEntry(sql(), { ticketId: other.id, threadEntryId: entry.id })).rejects.toBeInstanceOf(EmailDataMissingError);
    await expect(loadEmailTicket(sql(), { ticketId: "missing" })).rejects.toBeInstanceOf(EmailDataMissingError);
  });
});

describe("rendered emails", () => {
  it("alerts the referent with the topic in the ticket's language, partner, group, organisation and files", async () => {
    const { ticket, topic, partner, organisation } = await ticketWithEverything();

    for (const locale of ["fr", "en"] as const) {
      const { subject, text } = await renderOutgoingEmail(sql(), {
        template: "ticket-alert",
        locale,
        data: { ticketId: ticket.id, recipientName: "Zoé Référente" },
      });

      expect(subject).toContain(`#${ticket.number}`);
      expect(text).toContain(locale === "en" ? topic.nameEn : topic.nameFr);
      expect(text).not.toContain(locale === "en" ? topic.nameFr : topic.nameEn);
      expect(text).toContain("Préverenges");
      expect(text).toContain(partner.group.name);
      expect(text).toContain(organisation.name);
      expect(text).toContain(ticket.requesterEmail);
      expect(text.indexOf("plan-1.pdf")).toBeGreaterThan(-1);
      expect(text.indexOf("plan-1.pdf")).toBeLessThan(text.indexOf("plan-2.pdf"));
      expect(text).not.toContain("message-a.png");
    }
  });

  it("acknowledges with the topic in the ticket's language and the partner", async () => {
    const { ticket, topic } = await ticketWithEverything();

    const french = await renderOutgoingEmail(sql(), { template: "ticket-acknowledgment", locale: "fr", data: { ticketId: ticket.id } });
    const english = await renderOutgoingEmail(sql(), { template: "ticket-acknowledgment", locale: "en", data: { ticketId: ticket.id } });

    expect(french.text).toContain(topic.nameFr);
    expect(english.text).toContain(topic.nameEn);
    expect(french.text).toContain("Préverenges");
    expect(english.text).toContain("/suivi/acces/");
  });

  it("alerts staff of a requester message with its text and its own files", async () => {
    const { ticket, entry } = await ticketWithEverything();

    const { subject, text } = await renderOutgoingEmail(sql(), {
      template: "requester-message-alert",
      locale: "fr",
      data: { ticketId: ticket.id, threadEntryId: entry.id },
    });

    expect(subject).toBe(`[Ticket #${ticket.number}] Nouveau message du demandeur — ${ticket.summary}`);
    expect(text).toContain("Voici le plan d'Échichens.");
    expect(text).toContain(ticket.requesterName);
    expect(text.indexOf("message-a.png")).toBeGreaterThan(-1);
    expect(text.indexOf("message-a.png")).toBeLessThan(text.indexOf("message-b.png"));
    expect(text).not.toContain("plan-1.pdf");
  });

  it("derives the plain text exactly as react-email's toPlainText does", async () => {
    const { ticket, entry } = await ticketWithEverything();
    const rows = [
      { template: "ticket-acknowledgment", data: { ticketId: ticket.id } },
      { template: "ticket-alert", data: { ticketId: ticket.id, recipientName: "Zoé Référente" } },
      { template: "requester-message-alert", data: { ticketId: ticket.id, threadEntryId: entry.id } },
      { template: "tracking-link", data: { ticketId: ticket.id } },
    ];

    for (const row of rows) {
      const { html, text } = await renderOutgoingEmail(sql(), { ...row, locale: "fr" });

      expect(text).toBe(toPlainText(html));
    }
  });
});
