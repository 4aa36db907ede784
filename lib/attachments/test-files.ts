// Small real files for the attachment tests.
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";

export const pdfBytes = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

export const geojsonBytes = Buffer.from(
  JSON.stringify({
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { commune: "Préverenges" },
        geometry: { type: "Point", coordinates: [6.52, 46.51] },
      },
    ],
  }),
  "utf8",
);

/** A Windows executable's header followed by filler: what a renamed .exe looks like. */
export const executableBytes = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
  randomBytes(512),
]);

export function uniqueName(base: string): string {
  const dot = base.lastIndexOf(".");

  return `${base.slice(0, dot)}-${randomBytes(4).toString("hex")}${base.slice(dot)}`;
}

export async function storedUploadCount(): Promise<number> {
  try {
    return (await readdir(path.join(process.env.DATA_DIR ?? ".data", "uploads"))).length;
  } catch {
    return 0;
  }
}
