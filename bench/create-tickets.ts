// Ticket creation benchmark: builds and starts Guichet on PostgreSQL, then submits the real
// « Nouveau ticket » server action over HTTP at 1, 10 and 20 concurrent submitters, each
// with a freshly fetched and solved ALTCHA challenge, as a browser would.
//
//   DATABASE_URL=postgresql://… npm run bench
//
// Reports tickets per second and p50/p95 latency of the action at each level, with the CPU
// each ticket cost the server, the database (when it runs on this machine) and this script.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import pg from "pg";

import { migrateIfPending, seedIfEmpty } from "../scripts/database.mjs";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
const port = Number(process.env.BENCH_PORT ?? 3300);
const baseUrl = `http://127.0.0.1:${port}`;
const levels = (process.env.BENCH_LEVELS ?? "1,10,20").split(",").map(Number);
const submissionsPerLevel = Number(process.env.BENCH_SUBMISSIONS ?? 400);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith("postgres")) {
  console.error("Set DATABASE_URL to a PostgreSQL server (the benchmark measures a real one).");
  process.exit(2);
}

type FormIds = { topicId: string; partnerId: string; organisationId: string };

async function loadFormIds(): Promise<FormIds> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const one = async (sql: string) => (await client.query(sql)).rows[0].id as string;
  const ids = {
    topicId: await one(`SELECT id FROM "Topic" WHERE slug = 'donnees'`),
    partnerId: await one(`SELECT id FROM "Partner" WHERE name = 'Préverenges'`),
    organisationId: await one(`SELECT id FROM "Organisation" ORDER BY position LIMIT 1`),
  };
  await client.end();

  return ids;
}

function findActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  const entry = Object.entries(manifest.node).find(
    ([, action]) =>
      action.exportedName === "createTicketAction" ||
      (action.exportedName === undefined && "app/tickets/nouveau/page" in action.workers),
  );
  if (!entry) throw new Error("createTicketAction not found in the build's action manifest");

  return entry[0];
}

// Deployed as on a machine of its own behind the TLS reverse proxy that compresses: one
// server process per core, no compression in Node. Either can be set to measure otherwise.
const serverSettings = {
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? String(availableParallelism()),
  HTTP_COMPRESSION: process.env.HTTP_COMPRESSION ?? "off",
  DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
};

async function startServer(): Promise<ChildProcess> {
  const env = { ...process.env, ...serverSettings, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", APP_URL: baseUrl };
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("Building…");
    const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { cwd: root, env, stdio: "ignore" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // BENCH_SERVER_NODE_ARGS reaches the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // Idle connections stay open longer than the pauses between levels (solving challenges):
  // otherwise the server closes one just as the client reuses it ("other side closed").
  // Started as production starts it (scripts/serve.mjs: WEB_CONCURRENCY processes).
  const server = spawn(
    "node",
    [...nodeArgs, "scripts/serve.mjs", "--port", String(port), "--keepAliveTimeout", "120000"],
    { cwd: root, env, stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${baseUrl}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

async function solvedCaptcha(): Promise<string> {
  const challenge = (await (await fetch(`${baseUrl}/api/captcha/challenge`)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });

  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

async function submit(actionId: string, ids: FormIds, captcha: string, n: number): Promise<number> {
  const values = {
    email: `bench.${n}.${randomUUID().slice(0, 8)}@example.ch`,
    fullName: "Banc d'essai Échichens",
    phone: "",
    topicId: ids.topicId,
    summary: `Mesure ${n} — données de Préverenges`,
    details: "Charge mesurée par le banc d'essai.",
    attachments: [],
    partnerId: ids.partnerId,
    organisationId: ids.organisationId,
    captcha,
    website: "",
    submissionKey: randomUUID(),
  };
  const started = performance.now();
  const { status, body } = await post("/tickets/nouveau", JSON.stringify([values]), {
    "Next-Action": actionId,
    Accept: "text/x-component",
    "Accept-Encoding": "gzip, deflate, br",
    "Content-Type": "text/plain;charset=UTF-8",
  });
  const elapsed = performance.now() - started;
  if (status !== 200 || !body.includes('"ok":true')) throw new Error(`submission failed: ${status} ${body.slice(0, 300)}`);

  return elapsed;
}

// node:http with kept-alive connections rather than fetch: the client shares the machine's
// cores with the server and the database, and undici's fetch costs it about twice the CPU.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const decoders: Record<string, () => zlib.Gunzip | zlib.BrotliDecompress | zlib.Inflate> = {
  gzip: () => zlib.createGunzip(),
  br: () => zlib.createBrotliDecompress(),
  deflate: () => zlib.createInflate(),
};

function post(pathname: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${pathname}`, { method: "POST", agent, headers }, (response) => {
      const decoder = decoders[response.headers["content-encoding"] ?? ""];
      const decoded = decoder ? response.pipe(decoder()) : response;
      const chunks: Buffer[] = [];
      decoded.on("data", (chunk: Buffer) => chunks.push(chunk));
      decoded.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      decoded.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// CPU seconds a process has used (Linux only): shows what a ticket costs it.
function cpuSeconds(pid: number | string | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");

    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

// A process may end while /proc is read: it is then left out.
function parentPid(pid: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1];
  } catch {
    return undefined;
  }
}

// The CPU of a process and all its descendants (the server runs one process per core).
function processTreeCpuSeconds(rootPid: number | undefined): number | undefined {
  if (rootPid === undefined) return undefined;
  try {
    const children = new Map<string, string[]>();
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      const parent = parentPid(pid);
      if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
    }
    let total = 0;
    const visit = (pid: string) => {
      total += cpuSeconds(pid) ?? 0;
      for (const child of children.get(pid) ?? []) visit(child);
    };
    visit(String(rootPid));

    return total;
  } catch {
    return undefined;
  }
}

function processName(pid: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

// The CPU of every PostgreSQL process on this machine, when the server runs here (Linux only).
function databaseCpuSeconds(): number | undefined {
  try {
    let total = 0;
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      if (processName(pid) === "postgres") total += cpuSeconds(pid) ?? 0;
    }

    return total > 0 ? total : undefined;
  } catch {
    return undefined;
  }
}

const clientCpuSeconds = () => {
  const { user, system } = process.cpuUsage();

  return (user + system) / 1e6;
};

function msPerTicket(before: number | undefined, after: number | undefined, tickets: number): number | string {
  if (before === undefined || after === undefined) return "n/a";

  return Number((((after - before) * 1000) / tickets).toFixed(1));
}

async function runLevel(actionId: string, ids: FormIds, concurrency: number, submissions: number, serverPid?: number) {
  // Challenges are solved before the clock starts, as a browser solves while its user types.
  const captchas = await Promise.all(Array.from({ length: submissions }, () => solvedCaptcha()));
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = { server: processTreeCpuSeconds(serverPid), database: databaseCpuSeconds(), client: clientCpuSeconds() };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < submissions) {
        const n = next++;
        latencies.push(await submit(actionId, ids, captchas[n]!, n));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = { server: processTreeCpuSeconds(serverPid), database: databaseCpuSeconds(), client: clientCpuSeconds() };
  latencies.sort((a, b) => a - b);

  return {
    concurrency,
    submissions,
    ticketsPerSecond: Number((submissions / seconds).toFixed(1)),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p95Ms: Number(percentile(latencies, 95).toFixed(1)),
    serverCpuMs: msPerTicket(cpuBefore.server, cpuAfter.server, submissions),
    databaseCpuMs: msPerTicket(cpuBefore.database, cpuAfter.database, submissions),
    benchCpuMs: msPerTicket(cpuBefore.client, cpuAfter.client, submissions),
  };
}

// The emails go out after the tickets commit; this shows how far delivery lags behind a burst.
async function secondsUntilOutboxDrained(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "OutgoingEmail" WHERE status = 'PENDING'`);
      if (rows[0].n === 0 || performance.now() - started > 120_000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }

  return Number(((performance.now() - started) / 1000).toFixed(1));
}

await migrateIfPending(databaseUrl);
await seedIfEmpty(databaseUrl);
console.log(`Server settings: ${Object.entries(serverSettings).map(([key, value]) => `${key}=${value}`).join(", ")}`);
const server = await startServer();
try {
  const ids = await loadFormIds();
  const actionId = findActionId();
  // Unmeasured: the server compiles its hot code and fills its pools before the first level.
  await runLevel(actionId, ids, 10, 200, server.pid);
  await secondsUntilOutboxDrained();
  const results = [];
  for (const level of levels) {
    const result = await runLevel(actionId, ids, level, submissionsPerLevel, server.pid);
    // Each level starts with an empty outbox, and shows how far its emails lagged behind.
    results.push({ ...result, emailsSentWithinS: await secondsUntilOutboxDrained() });
  }
  console.table(results);
} finally {
  server.kill("SIGTERM");
}
