// The whole test suite: type check, lint, unit and integration tests on a real PostgreSQL,
// a production build, then the browser tests in Chromium. With DATABASE_URL it uses that
// server; otherwise an embedded one, in memory. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { migrateIfPending, seedIfEmpty, startEmbeddedDatabase } from "./database.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const work = mkdtempSync(path.join(tmpdir(), "guichet-suite-"));
const only = process.argv.slice(2);
const shouldRun = (stage) => only.length === 0 || only.includes(stage);

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.DATA_DIR = path.join(work, "data");
process.env.LOG_LEVEL ??= "warn";

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });

  return result.status === 0;
}

function countStage(label, isOk) {
  if (isOk) passed += 1;
  else failed += 1;
  console.log(`--- ${label}: ${isOk ? "ok" : "FAILED"}`);
}

function countReport(label, file, isOk, read) {
  if (!existsSync(file)) return countStage(label, false);
  const counts = read(JSON.parse(readFileSync(file, "utf8")));
  passed += counts.passed;
  failed += counts.failed;
  // A runner that crashed after writing its report still fails the suite.
  if (!isOk && counts.failed === 0) failed += 1;
  console.log(`--- ${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

let embedded;
if (!process.env.DATABASE_URL) {
  const port = 56_000 + Math.floor(Math.random() * 2_000);
  console.log("No DATABASE_URL: using an embedded PostgreSQL for this run.");
  embedded = await startEmbeddedDatabase({ dir: "memory://", port });
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_MAX = "1";
  process.env.DATABASE_PREPARED_STATEMENTS = "off";
  process.env.WEB_CONCURRENCY = "1";
}

try {
  await migrateIfPending(process.env.DATABASE_URL);
  await seedIfEmpty(process.env.DATABASE_URL);

  if (shouldRun("types")) countStage("type check", run("Type check", bin("tsc"), ["--noEmit"]));
  if (shouldRun("lint")) countStage("lint", run("Lint", bin("eslint"), ["."]));

  if (shouldRun("unit")) {
    const report = path.join(work, "vitest.json");
    const isOk = run("Unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], { LOG_LEVEL: "silent" });
    countReport("unit and integration tests", report, isOk, (json) => ({
      passed: json.numPassedTests,
      failed: json.numFailedTests,
    }));
  }

  if (shouldRun("e2e")) {
    const isBuilt = run("Production build", bin("next"), ["build"]);
    countStage("production build", isBuilt);

    if (isBuilt) {
      const report = path.join(work, "playwright.json");
      const isOk = run("Browser tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
      countReport("browser tests", report, isOk, (json) => ({
        passed: json.stats.expected + json.stats.flaky,
        failed: json.stats.unexpected,
      }));
    }
  }
} finally {
  await embedded?.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
