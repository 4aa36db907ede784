import { describe, expect, it } from "vitest";

import { yieldToRequests } from "./email-worker";

// Keeps the event loop busy about 80 % of the time, as a burst of requests would.
function keepBusy(): () => void {
  const timer = setInterval(() => {
    const until = performance.now() + 40;
    while (performance.now() < until) {
      // spin
    }
  }, 10);

  return () => clearInterval(timer);
}

describe("yieldToRequests", () => {
  it("lets a full batch go at once when the process is idle", async () => {
    const started = performance.now();

    expect(await yieldToRequests()).toBe(25);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("waits while requests keep the process busy, then lets only a few emails go", async () => {
    const stop = keepBusy();
    const started = performance.now();
    try {
      expect(await yieldToRequests()).toBe(4);
    } finally {
      stop();
    }

    expect(performance.now() - started).toBeGreaterThanOrEqual(2_000);
  });
});
