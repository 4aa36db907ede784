import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generateSecretToken, hashSecretToken } from "@/lib/requester-access/secret-token";

import { checkFileContent } from "./check-file-content";
import { getUploadLimits } from "./get-upload-limits";
import { getAttachmentStorage } from "./storage";
import type { UploadedFile } from "./upload-limits";

const maxFileNameLength = 200;

/**
 * Checks an uploaded file, stores its bytes and records it as a draft that only the holder
 * of the returned claim token can attach to a ticket. Nothing is stored when a check fails.
 */
export async function createDraftAttachment(
  db: DbClient,
  options: { fileName: string; bytes: Uint8Array },
): Promise<UploadedFile> {
  const { maxFileBytes } = getUploadLimits();
  if (options.bytes.length > maxFileBytes) {
    throw new AppError(
      "validation",
      "attachments.tooLarge",
      {},
      { maxMb: maxFileBytes / 1024 / 1024 },
    );
  }

  const fileName = cleanFileName(options.fileName);
  const check = await checkFileContent(fileName, options.bytes);
  if (!check.ok) throw new AppError("validation", check.messageKey, {}, { fileName });

  // The storage key is ours and random: the requester's file name never reaches the disk.
  const storage = getAttachmentStorage();
  const storageKey = await storage.put(
    randomBytes(24).toString("base64url"),
    options.bytes,
    check.mimeType,
  );
  const claimToken = generateSecretToken();

  try {
    await db.attachment.create({
      data: {
        claimTokenHash: hashSecretToken(claimToken),
        fileName,
        mimeType: check.mimeType,
        size: options.bytes.length,
        sha256: createHash("sha256").update(options.bytes).digest("hex"),
        storage: storage.kind,
        storageKey,
      },
    });
  } catch (error) {
    await storage.remove(storageKey);
    throw error;
  }

  return { id: claimToken, fileName, size: options.bytes.length, mimeType: check.mimeType };
}

/** Keeps the name people gave (accents included) minus path parts and control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  if (cleaned.length <= maxFileNameLength) return cleaned || "file";

  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 ? cleaned.slice(dot) : "";

  return cleaned.slice(0, maxFileNameLength - extension.length) + extension;
}
