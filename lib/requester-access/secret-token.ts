import { createHash, randomBytes } from "node:crypto";

// Secrets handed to requesters (magic links, sessions, upload claims) are 32 random bytes;
// only their SHA-256 is stored, so a database leak opens nothing.
export function generateSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
