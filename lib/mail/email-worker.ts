import "server-only";

import { performance } from "node:perf_hooks";

import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

import { deliverPendingEmails } from "./deliver-pending-emails";

// Why an in-process poller rather than pg-boss: the outbox table already is the durable
// queue (a row commits with the ticket), so a second queue would add its own schema and
// a second copy of every job for nothing. The three needs are met here:
// - right after a commit, the caller's kickEmailDelivery() starts a pass at once;
// - a crash between commit and send leaves the row PENDING, and the poll picks it up
//   (or, if it was mid-send, once its claim's lease ends);
// - a transport outage reschedules the row with backoff, and the poll retries it.
// Claims use FOR UPDATE SKIP LOCKED, so several app instances can run this safely.
const POLL_INTERVAL_MS = 5_000;
const BATCH = 25;
// Delivery shares one event loop with the requests, so it runs at a lower priority: a kick
// waits a moment, gathering the emails of a burst of tickets into one pass, and a batch
// waits while the process is busy answering requests (its event loop busy more than half
// of the last 100 ms). After two seconds of waiting it sends a few emails anyway, so the
// outbox still moves under sustained load without holding requests up for long.
// The trade-off: during a burst, emails lag a few seconds behind their tickets
// (bench/create-tickets.ts reports how long they take to go out).
// LIMITATION: under sustained overload they trickle out four at a time until the load drops
// (their rows are durable, nothing is lost). Under a CPU profiler (--cpu-prof) the event
// loop was seen to read busy all along, so they trickled then too.
const KICK_DELAY_MS = 250;
const BUSY_SAMPLE_MS = 100;
const BUSY_UTILISATION = 0.5;
const MAX_YIELD_MS = 2_000;
const BUSY_BATCH = 4;

type WorkerState = {
  isStarted: boolean;
  isRunning: boolean;
  hasMoreWork: boolean;
  timer?: NodeJS.Timeout;
  kick?: NodeJS.Timeout;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until requests leave the event loop some room, then answers how many emails to send
 * now: a full batch, or a few when the process stayed busy for MAX_YIELD_MS.
 */
export async function yieldToRequests(): Promise<number> {
  const giveUpAt = Date.now() + MAX_YIELD_MS;
  let before = performance.eventLoopUtilization();
  while (Date.now() < giveUpAt) {
    await pause(BUSY_SAMPLE_MS);
    const now = performance.eventLoopUtilization();
    if (performance.eventLoopUtilization(now, before).utilization < BUSY_UTILISATION) return BATCH;
    before = now;
  }

  return BUSY_BATCH;
}

// Kept on globalThis: Next loads instrumentation and server actions as separate module
// graphs, and both must see the same worker.
const holder = globalThis as unknown as { guichetEmailWorker?: WorkerState };
const state: WorkerState = (holder.guichetEmailWorker ??= { isStarted: false, isRunning: false, hasMoreWork: false });

async function runPasses(): Promise<void> {
  // One pass at a time per process; a request during a pass makes the pass go round again.
  if (state.isRunning) {
    state.hasMoreWork = true;

    return;
  }
  state.isRunning = true;
  try {
    do {
      state.hasMoreWork = false;
      let limit;
      let result;
      do {
        limit = await yieldToRequests();
        result = await deliverPendingEmails({ limit });
      } while (result.sent + result.failed === limit);
    } while (state.hasMoreWork);
  } catch (error) {
    logger.error({ err: error }, "email delivery pass crashed");
  } finally {
    state.isRunning = false;
  }
}

/** Starts polling the outbox in this process; started once from instrumentation.ts. */
export function startEmailWorker(): void {
  if (state.isStarted) return;
  state.isStarted = true;

  if (!env().RESEND_API_KEY && env().NODE_ENV === "production") {
    // LIMITATION: the local mailbox page is open to anyone who can reach the site; deploy with RESEND_API_KEY.
    logger.warn("no RESEND_API_KEY: emails are kept in the local mailbox at /boite-mail, readable by anyone");
  }
  state.timer = setInterval(() => void runPasses(), POLL_INTERVAL_MS);
  state.timer.unref();
  void runPasses();
  logger.info({ transport: env().RESEND_API_KEY ? "resend" : "local" }, "email worker started");
}

/** Asks the running worker for a pass soon; does nothing where no worker runs (tests, scripts). */
export function requestEmailDeliveryPass(): void {
  if (!state.isStarted || state.kick) return;

  state.kick = setTimeout(() => {
    state.kick = undefined;
    void runPasses();
  }, KICK_DELAY_MS);
}
