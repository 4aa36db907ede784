import "server-only";

import { UTApi, UTFile } from "uploadthing/server";

import type { AttachmentStorage } from "./storage";

const signedUrlSeconds = 60;

// LIMITATION: not exercised by tests (needs UploadThing's cloud).
/**
 * Private files on UploadThing. Our route receives the bytes and checks them first, then
 * uploads them from the server; reading back goes through a short-lived signed URL.
 */
export function createUploadthingStorage(token: string | undefined): AttachmentStorage {
  const api = new UTApi({ token });

  return {
    kind: "UPLOADTHING",

    async put(key, bytes, mimeType) {
      const file = new UTFile([Buffer.from(bytes)], key, { type: mimeType });
      const result = await api.uploadFiles(file, {
        acl: "private",
        contentDisposition: "attachment",
      });
      if (result.error) throw new Error(`UploadThing upload failed: ${result.error.code}`);

      return result.data.key;
    },

    async get(key) {
      const { ufsUrl } = await api.generateSignedURL(key, { expiresIn: signedUrlSeconds });
      const response = await fetch(ufsUrl);
      if (!response.ok) throw new Error(`UploadThing download failed: ${response.status}`);

      return Buffer.from(await response.arrayBuffer());
    },

    async remove(key) {
      await api.deleteFiles(key);
    },
  };
}
