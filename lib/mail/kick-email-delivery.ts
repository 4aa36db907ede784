import "server-only";

import { logger } from "@/lib/logger";

import { requestEmailDeliveryPass } from "./email-worker";

/**
 * Call after the transaction that enqueued emails has committed: they go out at once
 * instead of at the next poll. Fire-and-forget, never throws. Where no worker runs (unit
 * tests, scripts) nothing happens: call deliverPendingEmails() there.
 */
export function kickEmailDelivery(): void {
  try {
    requestEmailDeliveryPass();
  } catch (error) {
    logger.error({ err: error }, "could not start an email delivery pass");
  }
}
