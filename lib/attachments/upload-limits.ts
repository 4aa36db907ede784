// Shared by the drop zone (client) and the upload route (server): no server-only imports.

export type UploadLimits = {
  maxFileBytes: number;
  maxFiles: number;
  /** Lower-case extensions without the dot, e.g. "pdf", "geojson". */
  acceptedExtensions: string[];
};

/** A stored draft as the browser knows it: `id` is the secret claim token. */
export type UploadedFile = { id: string; fileName: string; size: number; mimeType: string };

/** Body of every refused upload: a full catalogue key and its values. */
export type UploadErrorBody = { messageKey: string; values?: Record<string, string | number> };

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");

  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}
