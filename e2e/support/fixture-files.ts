// Small valid files for the upload steps: the server checks their content, not their names.

export type FixtureFile = { name: string; mimeType: string; buffer: Buffer };

// A one-page PDF, as small as a valid one gets.
const smallPdf = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n");

// One parcel of Préverenges as a point.
const parcels = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { parcelle: "1234", commune: "Préverenges" },
      geometry: { type: "Point", coordinates: [6.52, 46.51] },
    },
  ],
};

export function pdfFile(name: string): FixtureFile {
  return { name, mimeType: "application/pdf", buffer: Buffer.from(smallPdf) };
}

export function geoJsonFile(name: string): FixtureFile {
  return { name, mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(parcels)) };
}
