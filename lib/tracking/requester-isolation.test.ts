import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it, vi } from "vitest";

import { GET as downloadFile } from "@/app/suivi/ticket/[number]/fichiers/[attachmentId]/route";
import { addRequesterMessageAction, closeTicketAction, leaveTrackingAction } from "@/app/suivi/ticket/[number]/actions";
import { createDraftAttachment } from "@/lib/attachments/create-draft-attachment";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { openRequesterSession } from "@/lib/requester-access/open-requester-session";
import { requireRequesterTicket } from "@/lib/requester-access/require-requester-ticket";
import { hashSecretToken } from "@/lib/requester-access/secret-token";
import { requesterSessionCookie } from "@/lib/requester-access/session-cookie";
import { createTestTicket } from "@/tests/fixtures/create-test-ticket";
import { resetRequestContext } from "@/tests/fixtures/request-context";

import { getRequesterTicketView } from "./get-requester-ticket-view";

vi.mock("next/headers", async () => (await import("@/tests/fixtures/request-context")).nextHeadersMock);

const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

async function ticketWithSession() {
  const { ticket } = await createTestTicket(db);
  const session = await openRequesterSession(db, { ticketId: ticket.id });

  return { ticket, secret: session.secret };
}

/** A file on the ticket's first message, as the creation form leaves it. */
async function attachFile(ticketId: string, kind: "REQUESTER_MESSAGE" | "INTERNAL_NOTE" = "REQUESTER_MESSAGE") {
  const entry = await db.threadEntry.create({
    data: { ticketId, kind, authorName: kind === "INTERNAL_NOTE" ? "Référent·e" : "Marie", body: "pièce jointe" },
  });
  const draft = await createDraftAttachment(db, { fileName: `relevé-${randomUUID().slice(0, 6)}.pdf`, bytes: pdf });
  await db.attachment.update({
    where: { claimTokenHash: hashSecretToken(draft.id) },
    data: { claimTokenHash: null, ticketId, threadEntryId: entry.id },
  });

  return db.attachment.findFirstOrThrow({ where: { threadEntryId: entry.id } });
}

function download(number: string, attachmentId: string) {
  return downloadFile(new Request(`http://localhost/suivi/ticket/${number}/fichiers/${attachmentId}`), {
    params: Promise.resolve({ number, attachmentId }),
  });
}

function signInAs(secret: string) {
  resetRequestContext({ cookies: { [requesterSessionCookie]: secret } });
}

describe("a requester session opens its own ticket only", () => {
  beforeEach(() => resetRequestContext());

  it("cannot read ticket B with ticket A's session, nor with no session", async () => {
    const a = await ticketWithSession();
    const b = await ticketWithSession();

    signInAs(a.secret);
    await expect(requireRequesterTicket(a.ticket.number)).resolves.toMatchObject({ ticketId: a.ticket.id });
    await expect(requireRequesterTicket(b.ticket.number)).rejects.toBeInstanceOf(AppError);
    await expect(requireRequesterTicket("999999999")).rejects.toBeInstanceOf(AppError);

    resetRequestContext();
    await expect(requireRequesterTicket(a.ticket.number)).rejects.toBeInstanceOf(AppError);
  });

  it("cannot download ticket B's file, by B's number or through A's number", async () => {
    const a = await ticketWithSession();
    const b = await ticketWithSession();
    const fileOfA = await attachFile(a.ticket.id);
    const fileOfB = await attachFile(b.ticket.id);
    signInAs(a.secret);

    expect((await download(b.ticket.number, fileOfB.id)).status).toBe(404);
    expect((await download(a.ticket.number, fileOfB.id)).status).toBe(404);
    expect((await download(b.ticket.number, fileOfA.id)).status).toBe(404);

    const own = await download(a.ticket.number, fileOfA.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toBe(
      `attachment; filename="${fileOfA.fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileOfA.fileName)}`,
    );
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await own.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("cannot download a file attached to an internal note of its own ticket", async () => {
    const a = await ticketWithSession();
    const staffFile = await attachFile(a.ticket.id, "INTERNAL_NOTE");
    signInAs(a.secret);

    expect((await download(a.ticket.number, staffFile.id)).status).toBe(404);
  });

  it("cannot post to or close ticket B with ticket A's session", async () => {
    const a = await ticketWithSession();
    const b = await ticketWithSession();
    signInAs(a.secret);

    const posted = await addRequesterMessageAction(b.ticket.number, { body: "Intrusion", claimTokens: [] });
    const closed = await closeTicketAction(b.ticket.number, { lastWord: "" });

    expect(posted).toMatchObject({ ok: false, messageKey: "tracking.errors.noAccess" });
    expect(closed).toMatchObject({ ok: false, messageKey: "tracking.errors.noAccess" });
    const ticketB = await db.ticket.findUniqueOrThrow({ where: { id: b.ticket.id }, include: { entries: true } });
    expect(ticketB.status).toBe("OPEN");
    expect(ticketB.entries.map((entry) => entry.body)).not.toContain("Intrusion");
  });

  it("ends the session on « Quitter le suivi », after which nothing opens", async () => {
    const a = await ticketWithSession();
    signInAs(a.secret);

    await expect(leaveTrackingAction()).rejects.toThrow(/NEXT_REDIRECT/);

    expect(await db.requesterSession.count({ where: { sessionHash: hashSecretToken(a.secret) } })).toBe(0);
    signInAs(a.secret);
    await expect(requireRequesterTicket(a.ticket.number)).rejects.toBeInstanceOf(AppError);
  });
});

describe("the requester's thread", () => {
  it("never contains internal notes, staff emails or unknown system events", async () => {
    const { ticket } = await createTestTicket(db);
    const referent = await db.user.findFirstOrThrow({ where: { email: "referent.morges-et-lac@example.org" } });
    await db.threadEntry.createMany({
      data: [
        { ticketId: ticket.id, kind: "INTERNAL_NOTE", authorId: referent.id, authorName: "Référent·e", body: "SECRET interne" },
        { ticketId: ticket.id, kind: "STAFF_REPLY", authorId: referent.id, authorName: referent.email, body: "Réponse publique" },
        { ticketId: ticket.id, kind: "SYSTEM_EVENT", authorName: "Guichet", body: "assigné à x", event: { type: "assigned" } },
        { ticketId: ticket.id, kind: "SYSTEM_EVENT", authorName: "Guichet", body: "vers référent", event: { type: "routed" } },
      ],
    });

    const view = await getRequesterTicketView(db, { ticketId: ticket.id });
    const serialised = JSON.stringify(view);

    expect(serialised).not.toContain("SECRET interne");
    expect(serialised).not.toContain("@example.org");
    expect(serialised).not.toContain("assigné");
    expect(view?.entries.map((entry) => entry.kind)).toEqual(["REQUESTER_MESSAGE", "STAFF_REPLY", "SYSTEM_EVENT"]);
    expect(view?.entries[1].authorName).toBeNull();
    expect(view?.entries[2].eventType).toBe("routed");
  });
});
