import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { createPool } from "./pg-adapter";

/** A Prisma client for scripts and tests; the app uses the shared one in `client.ts`. */
export function createPrismaClient(databaseUrl: string, maxConnections = 5) {
  return new PrismaClient({ adapter: new PrismaPg(createPool(databaseUrl, maxConnections)) });
}
