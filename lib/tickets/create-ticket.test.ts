import { describe, expect, it } from "vitest";

import { createDraftAttachment } from "@/lib/attachments/create-draft-attachment";
import { db } from "@/lib/db/client";

import { createTicket } from "./create-ticket";
import { refusal } from "@/tests/app-error-of";
import { solvedCaptcha } from "@/tests/fixtures/solved-captcha";
import { ticketFormInput } from "@/tests/fixtures/ticket-form-input";

// The CAPTCHA is solved for real, as a browser would: nothing here is mocked.

function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.ch`;
}

async function referenceIds() {
  const [data, question, preverenges, organisation] = await Promise.all([
    db.topic.findUniqueOrThrow({ where: { slug: "donnees" } }),
    db.topic.findUniqueOrThrow({ where: { slug: "question" } }),
    db.partner.findUniqueOrThrow({ where: { name: "Préverenges" } }),
    db.organisation.findFirstOrThrow({ orderBy: { position: "asc" } }),
  ]);

  return { data, question, preverenges, organisation };
}

async function counts() {
  const [tickets, emails, attachments, entries] = await Promise.all([
    db.ticket.count(),
    db.outgoingEmail.count(),
    db.attachment.count({ where: { ticketId: { not: null } } }),
    db.threadEntry.count(),
  ]);

  return { tickets, emails, attachments, entries };
}

describe("createTicket", () => {
  it("routes a data ticket for Préverenges to the Morges et Lac referent only", async () => {
    const { data, preverenges, organisation } = await referenceIds();
    const email = uniqueEmail("marie");
    const draft = await createDraftAttachment(db, {
      fileName: "limites.geojson",
      bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'),
    });
    const input = await ticketFormInput({
      email,
      topicId: data.id,
      summary: "Limite de parcelle erronée",
      details: "La parcelle 1234 est décalée.",
      partnerId: preverenges.id,
      organisationId: organisation.id,
      attachments: [draft.id],
    });

    const created = await createTicket({ input, locale: "fr" });

    expect(created.isDuplicate).toBe(false);
    expect(created.acknowledgment.number).toMatch(/^[1-9]\d{5}$/);
    expect(created.acknowledgment).toMatchObject({
      partnerName: "Préverenges",
      groupName: "Morges et Lac",
      topicName: "Questions relatives aux données",
      attachmentNames: ["limites.geojson"],
    });

    // Queued in sending order: the acknowledgment first.
    const emails = await db.outgoingEmail.findMany({
      where: { ticketId: created.ticketId },
      orderBy: { id: "asc" },
    });
    expect(emails.map((row) => [row.template, row.toAddress, row.data])).toEqual([
      ["ticket-acknowledgment", email, { ticketId: created.ticketId }],
      [
        "ticket-alert",
        "referent.morges-et-lac@example.org",
        { ticketId: created.ticketId, recipientName: "Référent·e Morges et Lac" },
      ],
    ]);

    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: created.ticketId } });
    expect(ticket).toMatchObject({
      number: created.acknowledgment.number,
      status: "OPEN",
      locale: "fr",
      requesterPhone: "021 123 45 67",
      details: "La parcelle 1234 est décalée.",
    });
    expect(Math.abs(ticket.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(ticket.updatedAt).toEqual(ticket.createdAt);

    // As the thread sorts them: the message first, the routing event right after it.
    const entries = await db.threadEntry.findMany({
      where: { ticketId: created.ticketId },
      include: { attachments: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(entries.map((entry) => entry.kind)).toEqual(["REQUESTER_MESSAGE", "SYSTEM_EVENT"]);
    expect(entries[0].attachments.map((file) => file.fileName)).toEqual(["limites.geojson"]);
    expect(entries[1].event).toMatchObject({ type: "routed", to: ["Référent·e Morges et Lac"] });

    const audit = await db.auditEvent.count({
      where: { ticketId: created.ticketId, action: "ticket.created" },
    });
    expect(audit).toBe(1);
  });

  it("sends a public question to the support team", async () => {
    const { question } = await referenceIds();
    const email = uniqueEmail("paul");
    const input = await ticketFormInput({
      email,
      topicId: question.id,
      summary: "Comment imprimer un plan ?",
    });

    const created = await createTicket({ input, locale: "en" });

    const emails = await db.outgoingEmail.findMany({ where: { ticketId: created.ticketId } });
    expect(emails.map((row) => [row.template, row.toAddress, row.locale]).sort()).toEqual([
      ["ticket-acknowledgment", email, "en"],
      ["ticket-alert", "support@example.org", "en"],
    ]);
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: created.ticketId } });
    expect(ticket).toMatchObject({
      groupId: null,
      partnerId: null,
      organisationId: null,
      locale: "en",
    });
  });

  it("refuses an unknown partner and stores nothing", async () => {
    const { data, organisation } = await referenceIds();
    const draft = await createDraftAttachment(db, {
      fileName: "note.csv",
      bytes: new TextEncoder().encode("parcelle;surface\n1234;560\n"),
    });
    const input = await ticketFormInput({
      email: uniqueEmail("anne"),
      topicId: data.id,
      summary: "Question sur une commune",
      partnerId: "not-a-partner",
      organisationId: organisation.id,
      attachments: [draft.id],
    });
    const before = await counts();

    const error = await refusal(createTicket({ input, locale: "fr" }));

    expect(error.fieldErrors).toEqual({ partnerId: "ticketForm.errors.partnerUnknown" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a filled honeypot and stores nothing", async () => {
    const { question } = await referenceIds();
    const input = await ticketFormInput({
      email: uniqueEmail("robot"),
      topicId: question.id,
      summary: "Offre spéciale",
      website: "https://spam.example",
    });
    const before = await counts();

    const error = await refusal(createTicket({ input, locale: "fr" }));

    expect(error.messageKey).toBe("captcha.honeypot");
    expect(await counts()).toEqual(before);
  });

  it("makes one ticket of the same submission sent twice at once", async () => {
    const { question } = await referenceIds();
    const input = await ticketFormInput({
      email: uniqueEmail("double"),
      topicId: question.id,
      summary: "Double clic",
    });

    const [first, second] = await Promise.all([
      createTicket({ input, locale: "fr" }),
      createTicket({ input, locale: "fr" }),
    ]);

    expect(second.acknowledgment.number).toBe(first.acknowledgment.number);
    expect(await db.ticket.count({ where: { submissionKey: input.submissionKey } })).toBe(1);
    expect(await db.outgoingEmail.count({ where: { ticketId: first.ticketId } })).toBe(2);
  });

  it("makes one ticket of identical content sent again with another form", async () => {
    const { question } = await referenceIds();
    const email = uniqueEmail("retry");
    const content = {
      email,
      topicId: question.id,
      summary: "Envoi répété",
      details: "Même texte.",
    };

    const first = await createTicket({ input: await ticketFormInput(content), locale: "fr" });
    const second = await createTicket({ input: await ticketFormInput(content), locale: "fr" });

    expect(second.isDuplicate).toBe(true);
    expect(second.acknowledgment.number).toBe(first.acknowledgment.number);
    expect(await db.ticket.count({ where: { requesterEmail: email } })).toBe(1);
  });

  it("makes a new ticket of the same words about another partner", async () => {
    const { data, preverenges, organisation } = await referenceIds();
    const echichens = await db.partner.findUniqueOrThrow({ where: { name: "Echichens" } });
    const email = uniqueEmail("deux-communes");
    const content = {
      email,
      topicId: data.id,
      summary: "Altitude du terrain",
      details: "Les courbes de niveau manquent.",
      organisationId: organisation.id,
    };

    const first = await createTicket({
      input: await ticketFormInput({ ...content, partnerId: preverenges.id }),
      locale: "fr",
    });
    const second = await createTicket({
      input: await ticketFormInput({ ...content, partnerId: echichens.id }),
      locale: "fr",
    });

    expect(second.isDuplicate).toBe(false);
    expect(second.acknowledgment.number).not.toBe(first.acknowledgment.number);
    expect(second.acknowledgment.partnerName).toBe("Echichens");
    expect(await db.ticket.count({ where: { requesterEmail: email } })).toBe(2);
  });

  it("makes a new ticket of the same words sent with files, and keeps the files", async () => {
    const { data, preverenges, organisation } = await referenceIds();
    const email = uniqueEmail("avec-fichier");
    const content = {
      email,
      topicId: data.id,
      summary: "Plan à corriger",
      details: "Voir le fichier.",
      partnerId: preverenges.id,
      organisationId: organisation.id,
    };
    const first = await createTicket({ input: await ticketFormInput(content), locale: "fr" });
    const draft = await createDraftAttachment(db, {
      fileName: "plan.geojson",
      bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'),
    });

    const second = await createTicket({
      input: await ticketFormInput({ ...content, attachments: [draft.id] }),
      locale: "fr",
    });

    expect(second.isDuplicate).toBe(false);
    expect(second.acknowledgment.number).not.toBe(first.acknowledgment.number);
    expect(second.acknowledgment.attachmentNames).toEqual(["plan.geojson"]);
  });

  it("refuses a reused CAPTCHA for a different submission", async () => {
    const { question } = await referenceIds();
    const captcha = await solvedCaptcha();
    await createTicket({
      input: await ticketFormInput({
        email: uniqueEmail("one"),
        topicId: question.id,
        summary: "Premier",
        captcha,
      }),
      locale: "fr",
    });
    const input = await ticketFormInput({
      email: uniqueEmail("two"),
      topicId: question.id,
      summary: "Second",
      captcha,
    });
    const before = await counts();

    const error = await refusal(createTicket({ input, locale: "fr" }));

    expect(error.fieldErrors).toEqual({ captcha: "captcha.reused" });
    expect(await counts()).toEqual(before);
  });
});
