import "server-only";

import { createHash } from "node:crypto";

import { verifySolution, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";

import type { SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";

import { getAltchaHmacKey } from "./altcha-hmac-key";
import { captchaError } from "./captcha-error";

// Expired rows are purged at most this often per process, on the way through.
const purgeIntervalMs = 60 * 1000;
let lastPurgeAt = 0;

/**
 * Checks a solved ALTCHA challenge and marks it used. The mark is a row in UsedCaptcha, so
 * inside a transaction it disappears again if the transaction rolls back.
 */
export async function verifyAltchaPayload(sql: SqlClient, payload: string): Promise<void> {
  const decoded = decodePayload(payload);
  if (!decoded) throw captchaError("invalid");

  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    hmacSignatureSecret: await getAltchaHmacKey(),
  });
  if (result.expired) throw captchaError("expired");
  if (!result.verified) throw captchaError("invalid");

  // The signature is unique per challenge, so one challenge buys one submission.
  const solutionHash = createHash("sha256")
    .update(decoded.challenge.signature ?? "")
    .digest("hex");
  const expiresAt = new Date((decoded.challenge.parameters.expiresAt ?? 0) * 1000);
  // ON CONFLICT DO NOTHING: a duplicate does not abort the caller's transaction, and a
  // concurrent insert of the same hash waits for the other transaction, then counts 0.
  const inserted = await sql.count(Prisma.sql`
    INSERT INTO "UsedCaptcha" ("solutionHash", "expiresAt")
    VALUES (${solutionHash}, ${expiresAt.toISOString()}::timestamp(3))
    ON CONFLICT DO NOTHING`);
  if (inserted === 0) throw captchaError("reused");

  await purgeExpiredOccasionally(sql);
}

function decodePayload(payload: string): Payload | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    if (!isPayload(value)) return undefined;

    return value;
  } catch {
    return undefined;
  }
}

function isPayload(value: unknown): value is Payload {
  if (typeof value !== "object" || value === null) return false;
  const { challenge, solution } = value as Partial<Payload>;

  return (
    typeof challenge?.parameters === "object" &&
    challenge.parameters !== null &&
    typeof challenge.signature === "string" &&
    typeof solution === "object" &&
    solution !== null
  );
}

async function purgeExpiredOccasionally(sql: SqlClient): Promise<void> {
  const now = Date.now();
  if (now - lastPurgeAt < purgeIntervalMs) return;

  lastPurgeAt = now;
  await sql.count(Prisma.sql`DELETE FROM "UsedCaptcha" WHERE "expiresAt" < ${new Date(now).toISOString()}::timestamp(3)`);
}
