import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { env } from "@/lib/env";

let cachedKey: { dataDir: string; key: string } | undefined;

/**
 * The secret that signs ALTCHA challenges: ALTCHA_HMAC_KEY when set, otherwise a key
 * generated once and kept in the data folder, so challenges survive a restart.
 */
export async function getAltchaHmacKey(): Promise<string> {
  const { ALTCHA_HMAC_KEY, DATA_DIR } = env();
  if (ALTCHA_HMAC_KEY) return ALTCHA_HMAC_KEY;
  if (cachedKey?.dataDir === DATA_DIR) return cachedKey.key;

  const key = await readOrCreateKeyFile(path.join(DATA_DIR, "altcha-hmac.key"));
  cachedKey = { dataDir: DATA_DIR, key };

  return key;
}

async function readOrCreateKeyFile(file: string): Promise<string> {
  const existing = await readKeyFile(file);
  if (existing) return existing;

  await mkdir(path.dirname(file), { recursive: true });
  try {
    // "wx" fails if another process created the file first; then its key wins.
    await writeFile(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }

  const created = await readKeyFile(file);
  if (!created) throw new Error(`ALTCHA key file ${file} is empty`);

  return created;
}

async function readKeyFile(file: string): Promise<string | undefined> {
  try {
    const content = (await readFile(file, "utf8")).trim();

    return content || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
