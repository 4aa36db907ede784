import { randomUUID } from "node:crypto";

import { createDraftAttachment } from "@/lib/attachments/create-draft-attachment";
import { getUploadLimits } from "@/lib/attachments/get-upload-limits";
import { readLimitedBody } from "@/lib/attachments/read-limited-body";
import { consumeUploadAllowance } from "@/lib/attachments/upload-rate-limit";
import type { UploadErrorBody } from "@/lib/attachments/upload-limits";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { clientIp } from "@/lib/requester-access/client-ip";

export const dynamic = "force-dynamic";

// Room for the multipart boundaries and part headers around the file itself.
const multipartOverheadBytes = 64 * 1024;

const statusByKey: Record<string, number> = {
  "attachments.tooLarge": 413,
  "attachments.typeNotAllowed": 415,
  "attachments.contentMismatch": 415,
  "attachments.rateLimited": 429,
};

/**
 * Receives one file (multipart field `file`), checks it and stores it as a draft. The
 * answer's `id` is the secret claim token the ticket form sends back to attach it.
 */
export async function POST(request: Request): Promise<Response> {
  const requestId = randomUUID();

  try {
    await consumeUploadAllowance(clientIp(request.headers));

    const { maxFileBytes } = getUploadLimits();
    const tooLarge = new AppError(
      "validation",
      "attachments.tooLarge",
      {},
      { maxMb: maxFileBytes / 1024 / 1024 },
    );
    const bodyLimit = maxFileBytes + multipartOverheadBytes;
    if (Number(request.headers.get("content-length") ?? 0) > bodyLimit) throw tooLarge;

    const body = await readLimitedBody(request, bodyLimit);
    if (!body) throw tooLarge;

    const file = await readFilePart(request.headers, body);
    if (file.size > maxFileBytes) throw tooLarge;

    const uploaded = await createDraftAttachment(db, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    logger.info(
      { requestId, size: uploaded.size, mimeType: uploaded.mimeType },
      "draft attachment stored",
    );

    return Response.json(uploaded, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) {
      return errorResponse(statusByKey[error.messageKey] ?? 400, {
        messageKey: error.messageKey,
        values: error.values,
      });
    }

    logger.error({ err: error, requestId }, "upload failed");

    return errorResponse(500, { messageKey: "attachments.uploadFailed", values: { requestId } });
  }
}

async function readFilePart(headers: Headers, body: Uint8Array<ArrayBuffer>): Promise<File> {
  const contentType = headers.get("content-type") ?? "";
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("validation", "attachments.uploadFailed");
  }

  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("validation", "attachments.empty");

  return file;
}

function errorResponse(status: number, body: UploadErrorBody): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
