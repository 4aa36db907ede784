import { randomBytes } from "node:crypto";

// Rows written with raw SQL get their ids here, since Prisma only fills its `cuid()` default
// for its own model calls. Same shape as those ids (25 characters: "c", time, counter,
// random), so ids of one process ascend in creation order even within a millisecond, and
// "sorted by createdAt, then id" keeps the order the rows were written in.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const COUNTER_SPACE = 36 ** 4;

let lastMillisecond = 0;
let counter = 0;

function base36(value: number, width: number): string {
  return value.toString(36).padStart(width, "0");
}

/** A new opaque, unique row id, shaped like Prisma's `cuid()`. */
export function newId(): string {
  let now = Date.now();
  if (now <= lastMillisecond) {
    now = lastMillisecond;
    counter += 1;
    // More than 1.6 million ids in one millisecond: borrow the next one to stay ascending.
    if (counter === COUNTER_SPACE) {
      now += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMillisecond = now;

  const random = Array.from(randomBytes(12), (byte) => ALPHABET[byte % 36]).join("");

  return `c${base36(now, 8)}${base36(counter, 4)}${random}`;
}
