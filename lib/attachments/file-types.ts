// Which files Guichet accepts, and how their content is checked. Shared with the client
// (for the picker's `accept` list), so no server-only imports here.

/**
 * How a file's bytes must look:
 * - "sniffed": file-type must recognise one of `sniffed` (a binary format with a signature);
 * - "opaque": binary without a signature (dBase); accepted unless it looks like something else;
 * - "json", "xml", "text": a text file, checked by parsing or by its characters.
 */
export type ContentRule =
  | { check: "sniffed"; sniffed: string[] }
  | { check: "opaque" }
  | { check: "json" }
  | { check: "xml" }
  | { check: "text" };

export type FileTypeRule = { mimeType: string; content: ContentRule };

// Office Open XML and OpenDocument files are zip archives; file-type recognises them by
// their first entries, which some writers order differently, so a plain zip is accepted too.
const ooxml = (kind: string): ContentRule => ({ check: "sniffed", sniffed: [kind, "zip"] });
const ole: ContentRule = { check: "sniffed", sniffed: ["cfb"] };
const text: ContentRule = { check: "text" };

export const fileTypeRules: Record<string, FileTypeRule> = {
  // Office documents
  doc: { mimeType: "application/msword", content: ole },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    content: ooxml("docx"),
  },
  xls: { mimeType: "application/vnd.ms-excel", content: ole },
  xlsx: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    content: ooxml("xlsx"),
  },
  ppt: { mimeType: "application/vnd.ms-powerpoint", content: ole },
  pptx: {
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    content: ooxml("pptx"),
  },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", content: ooxml("odt") },
  ods: { mimeType: "application/vnd.oasis.opendocument.spreadsheet", content: ooxml("ods") },
  odp: { mimeType: "application/vnd.oasis.opendocument.presentation", content: ooxml("odp") },
  pdf: { mimeType: "application/pdf", content: { check: "sniffed", sniffed: ["pdf"] } },
  // Images
  png: { mimeType: "image/png", content: { check: "sniffed", sniffed: ["png"] } },
  jpg: { mimeType: "image/jpeg", content: { check: "sniffed", sniffed: ["jpg"] } },
  jpeg: { mimeType: "image/jpeg", content: { check: "sniffed", sniffed: ["jpg"] } },
  gif: { mimeType: "image/gif", content: { check: "sniffed", sniffed: ["gif"] } },
  webp: { mimeType: "image/webp", content: { check: "sniffed", sniffed: ["webp"] } },
  tif: { mimeType: "image/tiff", content: { check: "sniffed", sniffed: ["tif"] } },
  tiff: { mimeType: "image/tiff", content: { check: "sniffed", sniffed: ["tif"] } },
  // Geodata
  geojson: { mimeType: "application/geo+json", content: { check: "json" } },
  json: { mimeType: "application/json", content: { check: "json" } },
  kml: { mimeType: "application/vnd.google-earth.kml+xml", content: { check: "xml" } },
  kmz: {
    mimeType: "application/vnd.google-earth.kmz",
    content: { check: "sniffed", sniffed: ["zip"] },
  },
  gpkg: {
    mimeType: "application/geopackage+sqlite3",
    content: { check: "sniffed", sniffed: ["sqlite"] },
  },
  zip: { mimeType: "application/zip", content: { check: "sniffed", sniffed: ["zip"] } },
  shp: { mimeType: "application/x-esri-shape", content: { check: "sniffed", sniffed: ["shp"] } },
  shx: {
    mimeType: "application/x-esri-shape-index",
    content: { check: "sniffed", sniffed: ["shp"] },
  },
  dbf: { mimeType: "application/x-dbf", content: { check: "opaque" } },
  prj: { mimeType: "text/plain", content: text },
  dxf: { mimeType: "image/vnd.dxf", content: text },
  dwg: { mimeType: "image/vnd.dwg", content: { check: "sniffed", sniffed: ["dwg"] } },
  xtf: { mimeType: "application/x-interlis+xml", content: { check: "xml" } },
  itf: { mimeType: "text/plain", content: text },
  gml: { mimeType: "application/gml+xml", content: { check: "xml" } },
  csv: { mimeType: "text/csv", content: text },
  txt: { mimeType: "text/plain", content: text },
};

export const acceptedExtensions = Object.keys(fileTypeRules);
