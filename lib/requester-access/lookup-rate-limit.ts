import "server-only";

import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { appPool } from "@/lib/db/app-pool";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

import { hashSecretToken } from "./secret-token";

// Counters live in PostgreSQL (rate-limiter-flexible's own table, created on first use), so a
// cleared cookie, a fresh browser or a restarted server does not reset them. Proven on the
// embedded PGlite server too.
export type LimitScope = "lookup" | "resend";
export type LimitKeys = { ip: string; email: string };

type Limiters = { byIp: RateLimiterPostgres; byEmail: RateLimiterPostgres };

const globalForLimits = globalThis as unknown as {
  trackingLimiters?: Map<string, Promise<Limiters>>;
};

// The library names its prepared statements. The embedded PGlite server runs every
// connection in one shared session, so a second pooled connection preparing the same name
// fails with "prepared statement … already exists". Sending the statements unnamed works on
// both PGlite and PostgreSQL, for the cost of planning a tiny query each time.
function unnamedStatements(pool: pg.Pool) {
  return {
    query: (query: { text: string; values?: unknown[] }) => pool.query({ text: query.text, values: query.values }),
  };
}

function createLimiter(pool: pg.Pool, keyPrefix: string, points: number): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: unnamedStatements(pool),
        storeType: "pool",
        tableName: "tracking_rate_limits",
        keyPrefix,
        points,
        duration: env().TRACKING_LOOKUP_WINDOW_MINUTES * 60,
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

function limiters(scope: LimitScope): Promise<Limiters> {
  const settings = env();
  const cacheKey = `${scope}:${settings.DATABASE_URL}:${settings.TRACKING_LOOKUP_IP_LIMIT}:${settings.TRACKING_LOOKUP_EMAIL_LIMIT}:${settings.TRACKING_LOOKUP_WINDOW_MINUTES}`;
  globalForLimits.trackingLimiters ??= new Map();

  const cached = globalForLimits.trackingLimiters.get(cacheKey);
  if (cached) return cached;

  const pool = appPool();
  const created = Promise.all([
    createLimiter(pool, `tracking-${scope}-ip`, settings.TRACKING_LOOKUP_IP_LIMIT),
    createLimiter(pool, `tracking-${scope}-email`, settings.TRACKING_LOOKUP_EMAIL_LIMIT),
  ]).then(([byIp, byEmail]) => ({ byIp, byEmail }));
  globalForLimits.trackingLimiters.set(cacheKey, created);

  return created;
}

// The email is a personal datum: the counter is keyed by its hash.
function emailKey(email: string) {
  return hashSecretToken(email.trim().toLowerCase());
}

function refuse(msBeforeNext: number): never {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));

  throw new AppError("rate_limited", "tracking.errors.rateLimited", {}, { minutes });
}

/** Refuses, with the minutes left, when the IP or the email has used up its attempts. */
export async function assertAttemptAllowed(scope: LimitScope, keys: LimitKeys) {
  const { byIp, byEmail } = await limiters(scope);
  const [ipState, emailState] = await Promise.all([byIp.get(keys.ip), byEmail.get(emailKey(keys.email))]);

  const exhausted = [
    { state: ipState, points: byIp.points },
    { state: emailState, points: byEmail.points },
  ].filter(({ state, points }) => state !== null && state.consumedPoints >= points);
  if (exhausted.length === 0) return;

  refuse(Math.max(...exhausted.map(({ state }) => (state as RateLimiterRes).msBeforeNext)));
}

/** Counts one attempt against both the IP and the email. */
export async function recordAttempt(scope: LimitScope, keys: LimitKeys) {
  const { byIp, byEmail } = await limiters(scope);

  await Promise.all([byIp.penalty(keys.ip, 1), byEmail.penalty(emailKey(keys.email), 1)]);
}
