import "server-only";

import { createChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";

import { getAltchaHmacKey } from "./altcha-hmac-key";

/** How long a challenge may be solved and submitted. */
export const altchaChallengeTtlMs = 10 * 60 * 1000;

// SHA-256, one round, three hex zeros: about 4,000 hashes, tens of milliseconds in a
// browser. Enough to make bulk submissions cost something without slowing people down.
const altchaAlgorithm = "SHA-256";
const altchaCost = 1;
const altchaKeyPrefix = "000";

/** A signed proof-of-work challenge for the ALTCHA widget. */
export async function createAltchaChallenge(
  options: { expiresAt?: Date } = {},
): Promise<Challenge> {
  const expiresAt = options.expiresAt ?? new Date(Date.now() + altchaChallengeTtlMs);

  return createChallenge({
    algorithm: altchaAlgorithm,
    cost: altchaCost,
    keyPrefix: altchaKeyPrefix,
    deriveKey,
    expiresAt,
    hmacSignatureSecret: await getAltchaHmacKey(),
  });
}
