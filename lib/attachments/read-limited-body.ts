import "server-only";

/**
 * Reads a request body, giving up as soon as it passes `maxBytes`: a declared
 * Content-Length can lie or be missing (chunked uploads), the count cannot.
 * Returns null when the body is too large.
 */
export async function readLimitedBody(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(new ArrayBuffer(0));

  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();

      return null;
    }
    chunks.push(value);
  }

  return Buffer.concat(chunks, total);
}
