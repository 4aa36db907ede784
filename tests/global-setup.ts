import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { migrateIfPending, seedIfEmpty, startEmbeddedDatabase } from "../scripts/database.mjs";

// Uses DATABASE_URL when it is set (CI's PostgreSQL, or the one `npm test` prepared);
// otherwise starts an in-memory embedded PostgreSQL for this run.
export default async function setup() {
  let stop: (() => Promise<unknown>) | undefined;
  let url = process.env.DATABASE_URL;

  if (!url) {
    const port = 55_000 + Math.floor(Math.random() * 2_000);
    const embedded = await startEmbeddedDatabase({ dir: "memory://", port });
    url = embedded.url;
    stop = embedded.stop;
    // See DATABASE_POOL_MAX and DATABASE_PREPARED_STATEMENTS in lib/env.ts.
    process.env.GUICHET_TEST_EMBEDDED = "1";
  }

  await migrateIfPending(url);
  await seedIfEmpty(url);

  process.env.GUICHET_TEST_DATABASE_URL = url;
  // Every file a test writes goes under this folder, removed at the end of the run.
  const dataDir = mkdtempSync(path.join(tmpdir(), "guichet-test-"));
  process.env.GUICHET_TEST_DATA_DIR = dataDir;

  return async () => {
    await stop?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
