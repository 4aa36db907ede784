// Serves the production build: `next start` in WEB_CONCURRENCY processes that share one port
// (node:cluster hands each new connection to the next process in turn). One Node process
// uses one core for rendering; on a machine with several, more processes answer more
// requests. Each one runs its own email worker; their claims skip each other's rows.
//
//   node scripts/serve.mjs --port 3000 [other `next start` options]
//
// The embedded PGlite server takes one connection at a time, so start.mjs runs one process
// on it whatever WEB_CONCURRENCY says.
import cluster from "node:cluster";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const processes = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);
// A process that dies is replaced, unless processes keep dying this soon after starting.
const MIN_UPTIME_MS = 10_000;

cluster.setupPrimary({ exec: nextBin, args: ["start", ...process.argv.slice(2)], cwd: root });

let isStopping = false;
const startedAt = new Map();

function fork() {
  const worker = cluster.fork();
  startedAt.set(worker.id, Date.now());
}

cluster.on("exit", (worker, code, signal) => {
  const uptime = Date.now() - (startedAt.get(worker.id) ?? 0);
  startedAt.delete(worker.id);
  if (isStopping) {
    if (startedAt.size === 0) process.exit(0);

    return;
  }

  console.error(`Guichet: server process ${worker.process.pid} stopped (${signal ?? `code ${code}`})`);
  if (uptime < MIN_UPTIME_MS) {
    console.error("Guichet: it stopped right after starting; giving up");
    process.exit(code || 1);
  }
  fork();
});

for (let index = 0; index < processes; index += 1) fork();

const stop = () => {
  isStopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  if (startedAt.size === 0) process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
