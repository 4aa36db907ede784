/** After this many failed attempts an email is marked FAILED and reported in the logs. */
export const MAX_EMAIL_ATTEMPTS = 10;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Exponential backoff: 30 s, 1 min, 2 min … capped at an hour, about three hours in all,
 * so a provider outage of that length loses nothing. A little jitter spreads the retries.
 */
export function retryDelayMs(attempts: number): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);

  return Math.round(delay * (1 + Math.random() * 0.1));
}
