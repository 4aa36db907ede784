import { mkdtemp, readFile, stat } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { resetEnvForTests } from "@/lib/env";

import { getAltchaHmacKey } from "./altcha-hmac-key";

describe("getAltchaHmacKey", () => {
  const originalDataDir = process.env.DATA_DIR;

  afterEach(() => {
    process.env.DATA_DIR = originalDataDir;
    delete process.env.ALTCHA_HMAC_KEY;
    resetEnvForTests();
  });

  it("generates a key once in the data folder, readable only by Guichet, and keeps it", async () => {
    process.env.DATA_DIR = await mkdtemp(path.join(`${process.env.GUICHET_TEST_DATA_DIR}`, "altcha-"));
    resetEnvForTests();

    const key = await getAltchaHmacKey();
    const file = path.join(process.env.DATA_DIR, "altcha-hmac.key");

    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(file, "utf8")).trim()).toBe(key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await getAltchaHmacKey()).toBe(key);
  });

  it("uses ALTCHA_HMAC_KEY when it is set", async () => {
    process.env.ALTCHA_HMAC_KEY = "configured-secret";
    resetEnvForTests();

    expect(await getAltchaHmacKey()).toBe("configured-secret");
  });
});
