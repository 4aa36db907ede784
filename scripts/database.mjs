// Database chores shared by the start command and the test command: the embedded
// PostgreSQL (a PGlite server), migrations when some are pending, and the first seed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function waitForPort(port, child, timeoutMs = 60_000) {
  const started = Date.now();

  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error("The embedded database stopped while starting"));
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`The embedded database did not open port ${port}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/** Starts PGlite's PostgreSQL server persisted under `dir` (or in memory for `memory://`). */
export async function startEmbeddedDatabase({ dir, port }) {
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });

  const child = spawn(bin("pglite-server"), [`--db=${dir}`, `--port=${port}`, "--max-connections=20"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port, child);

  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
    }),
  };
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `migrate deploy` takes seconds even with nothing to do, so it runs only when needed. */
export async function migrateIfPending(url) {
  const folder = path.join(root, "prisma", "migrations");
  const wanted = readdirSync(folder).filter((name) => existsSync(path.join(folder, name, "migration.sql")));

  const applied = await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
    );
    if (!rows[0].present) return [];
    const result = await client.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return result.rows.map((row) => row.migration_name);
  });

  if (wanted.every((name) => applied.includes(name))) return false;

  const result = spawnSync(bin("prisma"), ["migrate", "deploy"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error("Applying the database migrations failed");

  return true;
}

/** Seeds the reference data on a database that has no topic yet. */
export async function seedIfEmpty(url) {
  const isEmpty = await withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Topic"`);
    return rows[0].n === 0;
  });
  if (!isEmpty) return false;

  const result = spawnSync(bin("tsx"), ["prisma/seed.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error("Seeding the reference data failed");

  return true;
}
