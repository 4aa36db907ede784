import { mkdtemp, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLocalStorage } from "./local-storage";

// Removed with the run's data folder (tests/global-setup.ts).
const testDataDir = `${process.env.GUICHET_TEST_DATA_DIR}`;

async function readAll(source: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(source)) return source;

  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks);
}

describe("local attachment storage", () => {
  it("writes private files under <data>/uploads, reads them back and removes them", async () => {
    const dataDir = await mkdtemp(path.join(testDataDir, "storage-"));
    const storage = createLocalStorage(dataDir);
    const key = "abcdefghijklmnop0123456789";

    expect(await storage.put(key, Buffer.from("Échichens"), "text/plain")).toBe(key);

    const file = path.join(dataDir, "uploads", key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readAll(await storage.get(key))).toString("utf8")).toBe("Échichens");

    await storage.remove(key);
    expect(await readdir(path.join(dataDir, "uploads"))).toEqual([]);
    await expect(storage.get(key)).rejects.toThrow();
  });

  it("refuses keys that could leave the uploads folder, and never overwrites", async () => {
    const storage = createLocalStorage(await mkdtemp(path.join(testDataDir, "storage-")));

    await expect(
      storage.put("../../etc/passwd-xxxxxxxx", Buffer.from("x"), "text/plain"),
    ).rejects.toThrow();
    await storage.put("abcdefghijklmnop-once", Buffer.from("first"), "text/plain");
    await expect(
      storage.put("abcdefghijklmnop-once", Buffer.from("second"), "text/plain"),
    ).rejects.toThrow();
  });
});
