import "server-only";

import { randomInt } from "node:crypto";

/**
 * A random, non-sequential ticket number of six digits (100000–999999): easy to read over
 * the phone, and it reveals nothing about how many tickets exist. Collisions are possible;
 * the caller retries on the unique constraint.
 */
export function generateTicketNumber(): string {
  return String(randomInt(100_000, 1_000_000));
}
