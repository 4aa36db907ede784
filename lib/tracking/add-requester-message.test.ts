import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { createDraftAttachment } from "@/lib/attachments/create-draft-attachment";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestTicket } from "@/tests/fixtures/create-test-ticket";

import { addRequesterMessage } from "./add-requester-message";
import { closeTicketByRequester } from "./close-ticket-by-requester";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const groupReferent = "referent.morges-et-lac@example.org";

async function alertsFor(ticketId: string) {
  const emails = await db.outgoingEmail.findMany({ where: { ticketId, template: "requester-message-alert" } });

  return emails.map((email) => email.toAddress).sort();
}

describe("adding information", () => {
  it("reopens a resolved ticket, keeps the files on the message and alerts the group's referent", async () => {
    const { ticket } = await createTestTicket(db, { status: "RESOLVED" });
    const draft = await createDraftAttachment(db, { fileName: `plan-${randomUUID().slice(0, 6)}.pdf`, bytes: pdf });

    const outcome = await addRequesterMessage(db, { ticketId: ticket.id, body: "Toujours absent.", claimTokens: [draft.id] });

    const after = await db.ticket.findUniqueOrThrow({
      where: { id: ticket.id },
      include: { entries: { orderBy: { createdAt: "asc" }, include: { attachments: true } } },
    });
    expect(outcome.isReopened).toBe(true);
    expect(after.status).toBe("OPEN");
    const message = after.entries.find((entry) => entry.id === outcome.threadEntryId);
    expect(message).toMatchObject({ kind: "REQUESTER_MESSAGE", body: "Toujours absent.", authorName: ticket.requesterName });
    expect(message?.attachments.map((file) => file.fileName)).toEqual([draft.fileName]);
    expect(after.entries.some((entry) => (entry.event as { type?: string } | null)?.type === "reopened")).toBe(true);
    expect(await alertsFor(ticket.id)).toEqual([groupReferent]);
    const alert = await db.outgoingEmail.findFirstOrThrow({ where: { ticketId: ticket.id, template: "requester-message-alert" } });
    expect(alert.data).toEqual({ ticketId: ticket.id, threadEntryId: outcome.threadEntryId });
    expect(await db.auditEvent.count({ where: { ticketId: ticket.id, action: "requester.message_added" } })).toBe(1);
  });

  it("puts a ticket waiting on the requester back in the open queue, without a reopening line", async () => {
    const { ticket } = await createTestTicket(db, { status: "WAITING_ON_REQUESTER" });

    const outcome = await addRequesterMessage(db, { ticketId: ticket.id, body: "Voici la précision.", claimTokens: [] });

    expect(outcome.isReopened).toBe(false);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("OPEN");
    expect(await db.threadEntry.count({ where: { ticketId: ticket.id, kind: "SYSTEM_EVENT" } })).toBe(0);
  });

  it("alerts the assignee rather than the group, and the support team for support-team topics", async () => {
    const assignee = await db.user.create({ data: { email: `assignee-${randomUUID()}@example.org`, name: "Assignée" } });
    const assigned = await createTestTicket(db);
    await db.ticket.update({ where: { id: assigned.ticket.id }, data: { assigneeId: assignee.id } });
    const general = await createTestTicket(db, { isPartnerTopic: false });

    await addRequesterMessage(db, { ticketId: assigned.ticket.id, body: "Bonjour", claimTokens: [] });
    await addRequesterMessage(db, { ticketId: general.ticket.id, body: "Bonjour", claimTokens: [] });

    expect(await alertsFor(assigned.ticket.id)).toEqual([assignee.email]);
    const supportTeam = await db.user.findMany({ where: { isSupportTeam: true, isActive: true }, select: { email: true } });
    expect(await alertsFor(general.ticket.id)).toEqual(supportTeam.map((user) => user.email).sort());
  });

  it("refuses a message on a closed ticket and leaves nothing behind", async () => {
    const { ticket } = await createTestTicket(db, { status: "CLOSED" });

    await expect(addRequesterMessage(db, { ticketId: ticket.id, body: "Encore", claimTokens: [] })).rejects.toMatchObject({
      code: "conflict",
      messageKey: "tracking.errors.ticketClosed",
    });
    expect(await db.threadEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it("keeps no message when a file cannot be claimed", async () => {
    const { ticket } = await createTestTicket(db);

    await expect(
      addRequesterMessage(db, { ticketId: ticket.id, body: "Avec fichier", claimTokens: ["not-a-claim-token"] }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.threadEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect(await alertsFor(ticket.id)).toEqual([]);
  });
});

describe("closing by the requester", () => {
  it("closes with a last word that joins the thread and alerts staff; closing again changes nothing", async () => {
    const { ticket } = await createTestTicket(db);

    const first = await closeTicketByRequester(db, { ticketId: ticket.id, lastWord: "  Merci, c'est réglé.  " });
    const second = await closeTicketByRequester(db, { ticketId: ticket.id, lastWord: "" });

    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { entries: true } });
    expect(first.isAlreadyClosed).toBe(false);
    expect(second.isAlreadyClosed).toBe(true);
    expect(after.status).toBe("CLOSED");
    expect(after.closedAt).not.toBeNull();
    expect(after.entries.map((entry) => entry.body)).toContain("Merci, c'est réglé.");
    expect(after.entries.filter((entry) => (entry.event as { type?: string } | null)?.type === "closed")).toHaveLength(1);
    expect(await alertsFor(ticket.id)).toEqual([groupReferent]);
    expect(await db.auditEvent.count({ where: { ticketId: ticket.id, action: "requester.closed" } })).toBe(1);
  });

  it("closes without a last word and alerts nobody", async () => {
    const { ticket } = await createTestTicket(db);

    await closeTicketByRequester(db, { ticketId: ticket.id, lastWord: "   " });

    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("CLOSED");
    expect(await alertsFor(ticket.id)).toEqual([]);
  });
});
