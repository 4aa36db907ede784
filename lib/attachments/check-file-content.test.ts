import { deflateRawSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import { checkFileContent } from "./check-file-content";
import { executableBytes, geojsonBytes, pdfBytes } from "./test-files";

/** A one-entry zip archive, enough for file-type to recognise the container. */
function zipWith(entryName: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content));
  const name = Buffer.from(entryName);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);

  return Buffer.concat([header, name, data]);
}

const sqliteBytes = Buffer.concat([Buffer.from("SQLite format 3\0", "latin1"), Buffer.alloc(84)]);
const kml = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"></kml>',
);
const latin1Csv = Buffer.from("commune;surface\nÉchichens;12.5\n", "latin1");

describe("checkFileContent", () => {
  it.each([
    ["plan.pdf", pdfBytes],
    ["zones.geojson", geojsonBytes],
    ["couches.gpkg", sqliteBytes],
    ["parcelles.zip", zipWith("parcelles.shp", "x")],
    ["trace.kmz", zipWith("doc.kml", "<kml/>")],
    ["trace.kml", kml],
    ["donnees.csv", latin1Csv],
    ["transfert.itf", Buffer.from("SCNT\nINTERLIS 1\nETAB\n")],
  ])("accepts %s", async (fileName, bytes) => {
    expect(await checkFileContent(fileName, bytes)).toMatchObject({ ok: true });
  });

  it.each([
    ["report.pdf", executableBytes],
    ["donnees.csv", executableBytes],
    ["image.png", pdfBytes],
    ["trace.kml", Buffer.from("just words")],
    ["couches.gpkg", pdfBytes],
    ["notes.txt", Buffer.from("a\0b")],
    ["table.dbf", pdfBytes],
  ])("refuses %s whose content does not match", async (fileName, bytes) => {
    expect(await checkFileContent(fileName, bytes)).toEqual({
      ok: false,
      messageKey: "attachments.contentMismatch",
    });
  });

  it("refuses an extension outside the list, whatever the content", async () => {
    expect(await checkFileContent("script.sh", Buffer.from("echo"))).toMatchObject({
      messageKey: "attachments.typeNotAllowed",
    });
    expect(await checkFileContent("no-extension", pdfBytes)).toMatchObject({
      messageKey: "attachments.typeNotAllowed",
    });
    expect(await checkFileContent("trick.constructor", pdfBytes)).toMatchObject({
      messageKey: "attachments.typeNotAllowed",
    });
  });
});
