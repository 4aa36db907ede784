import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/sql-client";

import { claimAttachments } from "./claim-attachments";
import { createDraftAttachment } from "./create-draft-attachment";
import { purgeDraftAttachments } from "./purge-draft-attachments";
import { geojsonBytes, pdfBytes, storedUploadCount, uniqueName } from "./test-files";
import { refusal } from "@/tests/app-error-of";

async function createTicket(): Promise<string> {
  const topic = await db.topic.findFirstOrThrow();
  const suffix = randomBytes(6).toString("hex");
  const ticket = await db.ticket.create({
    data: {
      number: `T${suffix}`,
      requesterEmail: `claim-${suffix}@example.org`,
      requesterName: "Claire Essai",
      topicId: topic.id,
      summary: "Pièces jointes",
      submissionKey: `claim-${suffix}`,
    },
  });

  return ticket.id;
}

// As the ticket and message paths run it: in a transaction that a refusal rolls back.
function claim(options: Parameters<typeof claimAttachments>[1]) {
  return inTransaction((sql) => claimAttachments(sql, options));
}

describe("claimAttachments", () => {
  it("links the drafts to the ticket and forgets their claim tokens", async () => {
    const pdf = await createDraftAttachment(db, {
      fileName: uniqueName("plan.pdf"),
      bytes: pdfBytes,
    });
    const geojson = await createDraftAttachment(db, {
      fileName: uniqueName("zones.geojson"),
      bytes: geojsonBytes,
    });
    const ticketId = await createTicket();

    const claimed = await claim({ claimTokens: [pdf.id, geojson.id], ticketId });

    expect(claimed.map((file) => file.fileName).sort()).toEqual(
      [pdf.fileName, geojson.fileName].sort(),
    );
    const rows = await db.attachment.findMany({ where: { ticketId } });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.claimTokenHash === null)).toBe(true);
  });

  it("refuses to claim a draft twice", async () => {
    const pdf = await createDraftAttachment(db, {
      fileName: uniqueName("plan.pdf"),
      bytes: pdfBytes,
    });
    const firstTicket = await createTicket();
    const secondTicket = await createTicket();
    await claim({ claimTokens: [pdf.id], ticketId: firstTicket });

    const error = await refusal(
      claim({ claimTokens: [pdf.id], ticketId: secondTicket }),
    );

    expect(error.fieldErrors).toEqual({ attachments: "attachments.unknown" });
    expect(await db.attachment.count({ where: { ticketId: secondTicket } })).toBe(0);
  });

  it("refuses an unknown token and claims none of the set", async () => {
    const pdf = await createDraftAttachment(db, {
      fileName: uniqueName("plan.pdf"),
      bytes: pdfBytes,
    });
    const ticketId = await createTicket();

    const error = await refusal(
      claim({ claimTokens: [pdf.id, "forged-token"], ticketId }),
    );

    expect(error.messageKey).toBe("attachments.unknown");
    expect(await db.attachment.count({ where: { ticketId } })).toBe(0);
  });

  it("refuses more files than the limit", async () => {
    const ticketId = await createTicket();
    const tokens = Array.from({ length: 6 }, () => randomBytes(8).toString("hex"));

    const error = await refusal(claim({ claimTokens: tokens, ticketId }));

    expect(error.fieldErrors).toEqual({ attachments: "attachments.tooMany" });
  });
});

describe("purgeDraftAttachments", () => {
  it("deletes abandoned drafts and their files, and keeps claimed ones", async () => {
    const abandoned = await createDraftAttachment(db, {
      fileName: uniqueName("old.pdf"),
      bytes: pdfBytes,
    });
    const kept = await createDraftAttachment(db, {
      fileName: uniqueName("kept.pdf"),
      bytes: pdfBytes,
    });
    await claim({ claimTokens: [kept.id], ticketId: await createTicket() });
    const filesBefore = await storedUploadCount();

    const purged = await purgeDraftAttachments(db, { olderThan: new Date(Date.now() + 1000) });

    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await db.attachment.count({ where: { fileName: abandoned.fileName } })).toBe(0);
    expect(await db.attachment.count({ where: { fileName: kept.fileName } })).toBe(1);
    expect(await storedUploadCount()).toBe(filesBefore - purged);
  });
});
