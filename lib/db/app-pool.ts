import "server-only";

import type pg from "pg";

import { env } from "@/lib/env";

import { createPool } from "./pg-adapter";

// One pool for the whole process: Prisma and the rate limiters share it, so its size
// (DATABASE_POOL_MAX) bounds every connection Guichet opens.
// LIMITATION: on the embedded PGlite server the start and test commands set it to 1, so
// requests there wait on each other's transactions; only a real PostgreSQL runs them side by side.
const globalForPool = globalThis as unknown as { guichetPool?: pg.Pool };

export function appPool(): pg.Pool {
  globalForPool.guichetPool ??= createPool(env().DATABASE_URL, env().DATABASE_POOL_MAX);

  return globalForPool.guichetPool;
}
