import "server-only";

import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { createPrismaClient } from "./create-client";

// One client per process; Next's dev server reloads modules, so it is kept on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, 10);
globalForPrisma.prisma = db;

export type Db = typeof db;
/** A transaction client, or the client itself: what domain functions accept. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
