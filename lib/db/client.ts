import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { appPool } from "./app-pool";

// One client per process; Next's dev server reloads modules, so it is kept on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaPg(appPool()) });
globalForPrisma.prisma = db;

export type Db = typeof db;
/** A transaction client, or the client itself: what domain functions accept. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
