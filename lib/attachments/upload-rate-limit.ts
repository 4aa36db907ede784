import "server-only";

import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

import { AppError } from "@/lib/errors";

// Generous for a person attaching files to a few tickets, tight for a script filling the
// disk: 60 files per address per 10 minutes.
const uploadPoints = 60;
const uploadWindowSeconds = 10 * 60;

// LIMITATION: counters live in this process's memory, so several app instances each allow
// the full quota and a restart resets them; the ticket form's CAPTCHA is the real gate.
const globalForUploads = globalThis as unknown as { uploadLimiter?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  globalForUploads.uploadLimiter ??= new RateLimiterMemory({
    keyPrefix: "uploads",
    points: uploadPoints,
    duration: uploadWindowSeconds,
  });

  return globalForUploads.uploadLimiter;
}

/** Counts one upload for this address, or refuses with the minutes left. */
export async function consumeUploadAllowance(ip: string): Promise<void> {
  try {
    await limiter().consume(ip, 1);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;

    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    throw new AppError("rate_limited", "attachments.rateLimited", {}, { minutes });
  }
}
