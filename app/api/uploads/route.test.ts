import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  executableBytes,
  geojsonBytes,
  pdfBytes,
  storedUploadCount,
  uniqueName,
} from "@/lib/attachments/test-files";
import { db } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { hashSecretToken } from "@/lib/requester-access/secret-token";

import { POST } from "./route";

let ipCounter = 0;

function uploadRequest(fileName: string, bytes: Uint8Array): Request {
  const form = new FormData();
  form.append(
    "file",
    new File([Buffer.from(bytes)], fileName, { type: "application/octet-stream" }),
  );
  ipCounter += 1;

  return new Request("http://localhost/api/uploads", {
    method: "POST",
    body: form,
    headers: { "x-forwarded-for": `198.51.100.${ipCounter}` },
  });
}

async function expectRefusedAndNothingStored(
  fileName: string,
  bytes: Uint8Array,
  status: number,
  keys: string[],
) {
  const filesBefore = await storedUploadCount();

  const response = await POST(uploadRequest(fileName, bytes));
  const body = (await response.json()) as { messageKey: string };

  expect(response.status).toBe(status);
  expect(keys).toContain(body.messageKey);
  expect(await db.attachment.count({ where: { fileName } })).toBe(0);
  expect(await storedUploadCount()).toBe(filesBefore);
}

describe("POST /api/uploads", () => {
  afterEach(() => {
    delete process.env.MAX_UPLOAD_MB;
    resetEnvForTests();
  });

  it("stores a PDF as a draft on disk and answers with its claim token", async () => {
    const fileName = uniqueName("plan de quartier.pdf");

    const response = await POST(uploadRequest(fileName, pdfBytes));
    const body = (await response.json()) as {
      id: string;
      fileName: string;
      size: number;
      mimeType: string;
    };

    expect(response.status).toBe(201);
    expect(body).toMatchObject({ fileName, size: pdfBytes.length, mimeType: "application/pdf" });
    const row = await db.attachment.findUniqueOrThrow({
      where: { claimTokenHash: hashSecretToken(body.id) },
    });
    expect(row).toMatchObject({ ticketId: null, storage: "LOCAL", fileName });
    const onDisk = await readFile(path.join(process.env.DATA_DIR ?? "", "uploads", row.storageKey));
    expect(onDisk.equals(pdfBytes)).toBe(true);
  });

  it("accepts a GeoJSON file, accents in its name intact", async () => {
    const fileName = uniqueName("Préverenges parcelles.geojson");

    const response = await POST(uploadRequest(fileName, geojsonBytes));

    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ fileName, mimeType: "application/geo+json" });
  });

  it("refuses a renamed executable and stores nothing", async () => {
    await expectRefusedAndNothingStored(uniqueName("report.pdf"), executableBytes, 415, [
      "attachments.contentMismatch",
      "attachments.typeNotAllowed",
    ]);
  });

  it("refuses a file whose content disagrees with its extension", async () => {
    await expectRefusedAndNothingStored(uniqueName("photo.png"), pdfBytes, 415, [
      "attachments.contentMismatch",
    ]);
    await expectRefusedAndNothingStored(
      uniqueName("points.geojson"),
      Buffer.from("{ not json"),
      415,
      ["attachments.contentMismatch"],
    );
  });

  it("refuses an unknown extension", async () => {
    await expectRefusedAndNothingStored(uniqueName("setup.exe"), executableBytes, 415, [
      "attachments.typeNotAllowed",
    ]);
    await expectRefusedAndNothingStored(uniqueName("notes.html"), Buffer.from("<p>hi</p>"), 415, [
      "attachments.typeNotAllowed",
    ]);
  });

  it("refuses a file over the size limit and stores nothing", async () => {
    process.env.MAX_UPLOAD_MB = "0.01";
    resetEnvForTests();
    const justOver = Buffer.concat([pdfBytes, Buffer.alloc(11 * 1024, 0x20)]);
    const farOver = Buffer.concat([pdfBytes, randomBytes(300 * 1024)]);

    await expectRefusedAndNothingStored(uniqueName("big.pdf"), justOver, 413, [
      "attachments.tooLarge",
    ]);
    await expectRefusedAndNothingStored(uniqueName("huge.pdf"), farOver, 413, [
      "attachments.tooLarge",
    ]);
  });

  it("refuses an empty file and a request without a file", async () => {
    await expectRefusedAndNothingStored(uniqueName("empty.pdf"), new Uint8Array(), 400, [
      "attachments.empty",
    ]);

    const response = await POST(
      new Request("http://localhost/api/uploads", {
        method: "POST",
        body: new FormData(),
        headers: { "x-forwarded-for": "198.51.100.250" },
      }),
    );
    expect(response.status).toBe(400);
  });
});
