// Starts Guichet. With DATABASE_URL it uses that PostgreSQL; without, an embedded one
// persisted under DATA_DIR. Migrations and the first seed are applied, the app is built
// when its sources changed, then served. `--dev` runs the development server instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { migrateIfPending, seedIfEmpty, startEmbeddedDatabase } from "./database.mjs";

const root = path.resolve(import.meta.dirname, "..");
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
process.env.DATA_DIR = dataDir;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.APP_URL ??= `http://localhost:${port}`;
process.env.AUTH_TRUST_HOST ??= "true";

let embedded;
if (!process.env.DATABASE_URL) {
  const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  console.log(`Guichet: starting the embedded PostgreSQL in ${path.join(dataDir, "pglite")}`);
  embedded = await startEmbeddedDatabase({ dir: path.join(dataDir, "pglite"), port: dbPort });
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_MAX = "1";
  process.env.DATABASE_PREPARED_STATEMENTS = "off";
  // One server process too: a second one would open a second connection.
  process.env.WEB_CONCURRENCY = "1";
}

await migrateIfPending(process.env.DATABASE_URL);
await seedIfEmpty(process.env.DATABASE_URL);

const nextBin = path.join(root, "node_modules", ".bin", "next");

function newestSourceTime() {
  const sources = ["app", "components", "lib", "i18n", "messages", "prisma/schema.prisma", "next.config.ts", "package.json"];
  let newest = 0;
  const visit = (entry) => {
    if (!existsSync(entry) || entry.includes("generated")) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of sources) visit(path.join(root, source));

  return String(Math.floor(newest));
}

if (!isDev) {
  const marker = path.join(root, ".next", "guichet-sources");
  const stamp = newestSourceTime();
  const isBuilt = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === stamp;
  if (!isBuilt) {
    console.log("Guichet: building the application (first start or sources changed)…");
    const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(marker, stamp);
  }
}

const server = isDev
  ? spawn(nextBin, ["dev", "--port", port], { cwd: root, stdio: "inherit" })
  : spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "--port", port], { cwd: root, stdio: "inherit" });
console.log(`Guichet: http://localhost:${port} (local mailbox: http://localhost:${port}/boite-mail)`);

const stop = async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await embedded?.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await embedded?.stop();
  process.exit(code ?? 0);
});
