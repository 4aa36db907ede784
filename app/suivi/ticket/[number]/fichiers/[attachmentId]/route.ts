import { Readable } from "node:stream";

import { getAttachmentStorage } from "@/lib/attachments/storage";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { requireRequesterTicket } from "@/lib/requester-access/require-requester-ticket";
import { getRequesterAttachment } from "@/lib/tracking/get-requester-attachment";

import { contentDisposition, downloadContentType } from "./download-headers";

type Params = Promise<{ number: string; attachmentId: string }>;

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/** A file of the requester's ticket, for that requester only, always as a download. */
export async function GET(_request: Request, context: { params: Promise<{ number: string; attachmentId: string }> }) {
  const { number, attachmentId } = await (context.params as Params);

  let ticketId: string;
  try {
    ({ ticketId } = await requireRequesterTicket(number));
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }

  const attachment = await getRequesterAttachment(db, { ticketId, attachmentId });
  if (!attachment) return notFound();

  const stored = await getAttachmentStorage(attachment.storage).get(attachment.storageKey);
  const body = Buffer.isBuffer(stored) ? new Uint8Array(stored) : (Readable.toWeb(stored) as ReadableStream<Uint8Array>);

  return new Response(body, {
    headers: {
      "Content-Type": downloadContentType(attachment.mimeType),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "Content-Length": String(attachment.size),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
