import "server-only";

import { env } from "@/lib/env";
import { startEmailWorker } from "@/lib/mail/email-worker";

/**
 * What a Node server process does once, before its first request (called from
 * instrumentation.ts): checks the configuration, then starts the email outbox's worker.
 */
export function startServerTasks(): void {
  // A bad setting stops the server here, with a message naming each bad variable, rather
  // than failing on the first request that needs it.
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }

  startEmailWorker();
}
