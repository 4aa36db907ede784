import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { appPool } from "@/lib/db/app-pool";
import { inTransaction, pgSqlClient } from "@/lib/db/sql-client";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { createAltchaChallenge } from "./create-altcha-challenge";
import { assertHoneypotEmpty } from "./honeypot";
import { verifyCaptcha } from "./verify-captcha";
import { refusal } from "@/tests/app-error-of";
import { solvedCaptcha } from "@/tests/fixtures/solved-captcha";

const sql = pgSqlClient(appPool());

describe("verifyCaptcha with ALTCHA", () => {
  it("accepts a solved challenge once, then refuses it as reused", async () => {
    const payload = await solvedCaptcha(await createAltchaChallenge());

    await expect(verifyCaptcha(sql, { payload })).resolves.toBeUndefined();

    const second = await refusal(verifyCaptcha(sql, { payload }));
    expect(second.messageKey).toBe("captcha.reused");
    expect(second.fieldErrors).toEqual({ captcha: "captcha.reused" });
  });

  it("refuses a missing, garbled or tampered payload", async () => {
    for (const payload of ["", "not base64 json", Buffer.from("{}").toString("base64")]) {
      const error = await refusal(verifyCaptcha(sql, { payload }));
      expect(error.code).toBe("captcha_failed");
      expect(error.fieldErrors).toEqual({ captcha: "captcha.invalid" });
    }

    const challenge = await createAltchaChallenge();
    const solution = await solveChallenge({ challenge, deriveKey });
    const wrongCounter = {
      challenge,
      solution: { ...solution, counter: (solution?.counter ?? 0) + 1 },
    };
    const wrong = await refusal(
      verifyCaptcha(sql, { payload: Buffer.from(JSON.stringify(wrongCounter)).toString("base64") }),
    );
    expect(wrong.messageKey).toBe("captcha.invalid");
  });

  it("refuses a challenge that has expired", async () => {
    const payload = await solvedCaptcha(
      await createAltchaChallenge({ expiresAt: new Date(Date.now() - 1000) }),
    );

    const error = await refusal(verifyCaptcha(sql, { payload }));
    expect(error.messageKey).toBe("captcha.expired");
  });

  it("forgets the single-use mark when the caller's transaction rolls back", async () => {
    const payload = await solvedCaptcha(await createAltchaChallenge());

    await expect(
      inTransaction(async (sql) => {
        await verifyCaptcha(sql, { payload });
        throw new Error("ticket creation failed");
      }),
    ).rejects.toThrow("ticket creation failed");

    await expect(verifyCaptcha(sql, { payload })).resolves.toBeUndefined();
  });
});

describe("verifyCaptcha with hCaptcha", () => {
  let server: Server;
  const received: URLSearchParams[] = [];

  beforeAll(async () => {
    // Stands in for hCaptcha's siteverify: "good-token" passes, anything else fails.
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const form = new URLSearchParams(body);
        received.push(form);
        const success =
          form.get("response") === "good-token" && form.get("secret") === "test-secret";
        response.setHeader("Content-Type", "application/json");
        response.end(
          JSON.stringify(
            success ? { success } : { success, "error-codes": ["invalid-input-response"] },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

    process.env.HCAPTCHA_SITE_KEY = "test-site-key";
    process.env.HCAPTCHA_SECRET = "test-secret";
    process.env.HCAPTCHA_VERIFY_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`;
    resetEnvForTests();
  });

  afterEach(() => {
    received.length = 0;
  });

  afterAll(async () => {
    delete process.env.HCAPTCHA_SITE_KEY;
    delete process.env.HCAPTCHA_SECRET;
    delete process.env.HCAPTCHA_VERIFY_URL;
    resetEnvForTests();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("accepts a token that siteverify confirms, passing the secret and the requester's address", async () => {
    await expect(
      verifyCaptcha(sql, { payload: "good-token", remoteIp: "203.0.113.9" }),
    ).resolves.toBeUndefined();

    expect(received).toHaveLength(1);
    expect(received[0]?.get("remoteip")).toBe("203.0.113.9");
    expect(received[0]?.get("sitekey")).toBe("test-site-key");
  });

  it("refuses a token that siteverify rejects", async () => {
    const error = await refusal(verifyCaptcha(sql, { payload: "forged-token" }));

    expect(error.fieldErrors).toEqual({ captcha: "captcha.invalid" });
    expect(received).toHaveLength(1);
  });

  it("refuses when siteverify cannot be reached", async () => {
    process.env.HCAPTCHA_VERIFY_URL = "http://127.0.0.1:9/siteverify";
    resetEnvForTests();

    const error = await refusal(verifyCaptcha(sql, { payload: "good-token" }));
    expect(error.messageKey).toBe("captcha.unavailable");

    process.env.HCAPTCHA_VERIFY_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`;
    resetEnvForTests();
  });
});

describe("assertHoneypotEmpty", () => {
  it("lets an empty honeypot through and refuses a filled one", () => {
    expect(() => assertHoneypotEmpty(undefined)).not.toThrow();
    expect(() => assertHoneypotEmpty("")).not.toThrow();

    let error: unknown;
    try {
      assertHoneypotEmpty("https://spam.example");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("captcha.honeypot");
  });
});
