import path from "node:path";

import { defineConfig } from "prisma/config";

import { createMigrationAdapter } from "./lib/db/pg-adapter";

// The CLI must never fall back to downloading engines, which it does when it has no
// database URL; generating the client needs none, so a placeholder is enough there.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://localhost:5432/guichet";
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createMigrationAdapter(databaseUrl),
});
