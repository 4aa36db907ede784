import { discardDraftAttachment } from "@/lib/attachments/discard-draft-attachment";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Discards a draft its uploader removed from the form; says nothing about unknown tokens. */
export async function DELETE(
  _request: Request,
  context: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token } = await context.params;
  await discardDraftAttachment(db, { claimToken: token });

  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
