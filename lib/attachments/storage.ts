import "server-only";

import type { Readable } from "node:stream";

import { env } from "@/lib/env";
import type { StorageKind } from "@/lib/generated/prisma/enums";

import { createLocalStorage } from "./local-storage";
import { createUploadthingStorage } from "./uploadthing-storage";

/** Where attachment bytes live; metadata always stays in the database. */
export type AttachmentStorage = {
  kind: StorageKind;
  /** Stores the bytes and returns the key to read them back with (the backend may pick it). */
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<string>;
  get(key: string): Promise<Readable | Buffer>;
  remove(key: string): Promise<void>;
};

/** UploadThing (private files) when UPLOADTHING_TOKEN is set, the local data folder otherwise. */
export function getAttachmentStorage(kind?: StorageKind): AttachmentStorage {
  const { UPLOADTHING_TOKEN, DATA_DIR } = env();
  const chosen = kind ?? (UPLOADTHING_TOKEN ? "UPLOADTHING" : "LOCAL");
  if (chosen === "UPLOADTHING") return createUploadthingStorage(UPLOADTHING_TOKEN);

  return createLocalStorage(DATA_DIR);
}
