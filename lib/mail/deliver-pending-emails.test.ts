import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { appPool } from "@/lib/db/app-pool";
import { db } from "@/lib/db/client";
import { pgSqlClient } from "@/lib/db/sql-client";
import { resetEnvForTests } from "@/lib/env";
import { hashSecretToken } from "@/lib/requester-access/secret-token";
import { insertTestTicket } from "@/tests/insert-test-ticket";
import { type ResendStub, startResendStub } from "@/tests/resend-stub";

import { claimDueEmails } from "./claim-due-emails";
import { deliverPendingEmails } from "./deliver-pending-emails";
import { enqueueEmail } from "./enqueue-email";
import { extractLinks } from "./extract-links";
import { MAX_EMAIL_ATTEMPTS } from "./retry-delay";

function useLocalTransport() {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
}

function useResend(stub: ResendStub) {
  process.env.RESEND_API_KEY = "re_test";
  process.env.RESEND_BASE_URL = stub.url;
  resetEnvForTests();
}

async function localMessageOf(emailId: string) {
  return db.localMailboxMessage.findUniqueOrThrow({ where: { emailId } });
}

async function enqueueAcknowledgment(
  options: { locale?: "fr" | "en"; summary?: string; details?: string } = {},
) {
  const ticket = await insertTestTicket(db, { partnerName: "Préverenges", ...options });
  await db.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      template: "ticket-acknowledgment",
      to: ticket.requesterEmail,
      locale: options.locale ?? "fr",
      ticketId: ticket.id,
      data: { ticketId: ticket.id },
    });
  });
  const email = await db.outgoingEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });

  return { ticket, email };
}

afterEach(useLocalTransport);

describe("delivery through the local transport", () => {
  it("stores the acknowledgment with its number, summary, accents and a working tracking link", async () => {
    const { ticket, email } = await enqueueAcknowledgment({
      summary: "Échichens : données d'altitude à L'Isle",
      details: "Première ligne.\nDeuxième ligne.",
    });

    await deliverPendingEmails();

    const message = await localMessageOf(email.id);
    expect(message.toAddress).toBe(ticket.requesterEmail);
    expect(message.subject).toBe(`[Ticket #${ticket.number}] Accusé de réception — Échichens : données d'altitude à L'Isle`);
    expect(message.html).toContain(`#${ticket.number}`);
    expect(message.html).toContain("Préverenges");
    expect(message.html).toContain("Visualiser la progression du ticket en ligne");
    expect(message.text).toContain(`#${ticket.number}`);
    expect(message.text).toContain("Échichens");
    // The plain-text version keeps the details' line breaks.
    expect(message.text).toMatch(/Première ligne\.\s*\n\s*Deuxième ligne\./);

    const link = extractLinks(message.html).find((href) => href.includes("/suivi/acces/"));
    expect(link).toBeDefined();
    expect(message.text).toContain(link);
    const token = new URL(link ?? "").pathname.split("/").pop() ?? "";
    const stored = await db.accessToken.findUnique({ where: { tokenHash: hashSecretToken(token) } });
    expect(stored?.ticketId).toBe(ticket.id);
    expect(stored?.revokedAt).toBeNull();

    const row = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.status).toBe("SENT");
    expect(row.subject).toBe(message.subject);
  });

  it("renders in English for an English ticket", async () => {
    const { ticket, email } = await enqueueAcknowledgment({ locale: "en", summary: "Wrong parcel boundary" });

    await deliverPendingEmails();

    const message = await localMessageOf(email.id);
    expect(message.subject).toBe(`[Ticket #${ticket.number}] Acknowledgment — Wrong parcel boundary`);
    expect(message.html).toContain("View the ticket&#x27;s progress online");
    expect(message.html).not.toContain("Accusé de réception");
  });

  it("escapes what the requester wrote", async () => {
    const { email } = await enqueueAcknowledgment({ summary: "<img src=x onerror=alert(1)> & co" });

    await deliverPendingEmails();

    const message = await localMessageOf(email.id);
    expect(message.html).not.toContain("<img src=x");
    expect(message.html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; co");
  });

  it("sends the alert with the requester, partner, group and staff link", async () => {
    const ticket = await insertTestTicket(db, { partnerName: "Préverenges" });
    await enqueueEmail(db, {
      template: "ticket-alert",
      to: "referent-alert@example.org",
      locale: "fr",
      ticketId: ticket.id,
      data: { ticketId: ticket.id, recipientName: "Zoé Référente" },
    });
    const email = await db.outgoingEmail.findFirstOrThrow({ where: { ticketId: ticket.id } });

    await deliverPendingEmails();

    const message = await localMessageOf(email.id);
    const group = await db.group.findFirstOrThrow({ where: { partners: { some: { name: "Préverenges" } } } });
    expect(message.subject).toBe(`[Ticket #${ticket.number}] Nouveau ticket — ${ticket.summary}`);
    expect(message.html).toContain(ticket.requesterEmail);
    expect(message.html).toContain(group.name.replaceAll("'", "&#x27;"));
    expect(extractLinks(message.html)).toContain(`${process.env.APP_URL ?? "http://localhost:3000"}/equipe/tickets/${ticket.number}`);
  });

  it("alerts staff of a requester message with its text, and mails a fresh tracking link", async () => {
    const ticket = await insertTestTicket(db, { partnerName: "Préverenges" });
    const entry = await db.threadEntry.create({
      data: { ticketId: ticket.id, kind: "REQUESTER_MESSAGE", authorName: ticket.requesterName, body: "Voici le plan corrigé d'Échichens." },
    });
    await enqueueEmail(db, {
      template: "requester-message-alert",
      to: "referent-message@example.org",
      locale: "fr",
      ticketId: ticket.id,
      data: { ticketId: ticket.id, threadEntryId: entry.id },
    });
    await enqueueEmail(db, { template: "tracking-link", to: ticket.requesterEmail, locale: "fr", ticketId: ticket.id, data: { ticketId: ticket.id } });
    await enqueueEmail(db, { template: "tracking-link", to: ticket.requesterEmail, locale: "fr", ticketId: ticket.id, data: { ticketId: ticket.id } });

    await deliverPendingEmails();

    const alert = await db.localMailboxMessage.findFirstOrThrow({ where: { toAddress: "referent-message@example.org", subject: { contains: ticket.number } } });
    expect(alert.subject).toBe(`[Ticket #${ticket.number}] Nouveau message du demandeur — ${ticket.summary}`);
    expect(alert.text).toContain("Voici le plan corrigé d'Échichens.");
    const links = await db.localMailboxMessage.findMany({ where: { toAddress: ticket.requesterEmail }, orderBy: { createdAt: "asc" } });
    expect(links.map((message) => message.subject)).toEqual([
      `[Ticket #${ticket.number}] Votre lien de suivi`,
      `[Ticket #${ticket.number}] Votre lien de suivi`,
    ]);
    // Each delivery mints its own token and the newer one replaces the older.
    const tokens = await db.accessToken.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
    expect(tokens).toHaveLength(2);
    expect(tokens.filter((token) => token.revokedAt === null)).toHaveLength(1);
  });

  it("delivers an email whose sender died mid-send, once its claim has lapsed", async () => {
    const { email } = await enqueueAcknowledgment();
    await claimDueEmails(pgSqlClient(appPool()), { limit: 100 });

    await deliverPendingEmails();
    expect(await db.localMailboxMessage.count({ where: { emailId: email.id } })).toBe(0);

    await db.outgoingEmail.update({ where: { id: email.id }, data: { nextAttemptAt: new Date() } });
    await deliverPendingEmails();

    expect(await db.localMailboxMessage.count({ where: { emailId: email.id } })).toBe(1);
    const row = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect([row.status, row.attempts]).toEqual(["SENT", 2]);
  });

  it("gives up at once when the ticket an email reports on is gone", async () => {
    await enqueueEmail(db, { template: "tracking-link", to: "gone@example.org", locale: "fr", data: { ticketId: "missing" } });
    const email = await db.outgoingEmail.findFirstOrThrow({ where: { toAddress: "gone@example.org" }, orderBy: { createdAt: "desc" } });

    await deliverPendingEmails();

    const row = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toContain("not found");
  });

  it("sends each email once when passes run concurrently", async () => {
    // Enqueued one after the other: only the delivery passes race.
    const emails = [await enqueueAcknowledgment(), await enqueueAcknowledgment(), await enqueueAcknowledgment()];

    await Promise.all([deliverPendingEmails(), deliverPendingEmails(), deliverPendingEmails()]);

    const ids = emails.map(({ email }) => email.id);
    expect(await db.localMailboxMessage.count({ where: { emailId: { in: ids } } })).toBe(3);
    const rows = await db.outgoingEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([["SENT", 1], ["SENT", 1], ["SENT", 1]]);
  });
});

describe("delivery through Resend", () => {
  let stub: ResendStub;

  beforeAll(async () => {
    stub = await startResendStub();
  });

  afterAll(async () => {
    await stub.stop();
  });

  it("keeps the ticket and retries during an outage, then sends exactly once", async () => {
    useResend(stub);
    const { ticket, email } = await enqueueAcknowledgment();
    stub.setDown(true);

    await deliverPendingEmails();

    const waiting = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(waiting.status).toBe("PENDING");
    expect(waiting.attempts).toBe(1);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(waiting.lastError).toContain("503");
    expect(await db.ticket.count({ where: { id: ticket.id } })).toBe(1);

    stub.setDown(false);
    await deliverPendingEmails();
    expect(stub.received.filter((received) => received.to === ticket.requesterEmail)).toHaveLength(0);

    await db.outgoingEmail.update({ where: { id: email.id }, data: { nextAttemptAt: new Date() } });
    await deliverPendingEmails();
    await deliverPendingEmails();

    const received = stub.received.filter((message) => message.to === ticket.requesterEmail);
    expect(received).toHaveLength(1);
    expect(received[0].idempotencyKey).toBe(email.id);
    expect(received[0].subject).toContain(`#${ticket.number}`);
    expect(received[0].text).toContain("/suivi/acces/");
    const sent = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(2);
    expect(await db.localMailboxMessage.count({ where: { emailId: email.id } })).toBe(0);
  });

  it("marks an email FAILED after its last attempt", async () => {
    useResend(stub);
    const { email } = await enqueueAcknowledgment();
    await db.outgoingEmail.update({ where: { id: email.id }, data: { attempts: MAX_EMAIL_ATTEMPTS - 1 } });
    stub.setDown(true);

    await deliverPendingEmails();
    stub.setDown(false);

    const row = await db.outgoingEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect([row.status, row.attempts]).toEqual(["FAILED", MAX_EMAIL_ATTEMPTS]);
  });
});
