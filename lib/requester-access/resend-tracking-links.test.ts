import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestTicket } from "@/tests/fixtures/create-test-ticket";

import { resendTrackingLinks } from "./resend-tracking-links";

function uniqueIp() {
  return `192.0.2.${randomUUID().slice(0, 8)}`;
}

describe("« Renvoyer le lien »", () => {
  it("queues a tracking-link email for each open ticket of the email, whatever its case", async () => {
    const email = `claire-${randomUUID().slice(0, 8)}@example.org`;
    const open = await createTestTicket(db, { requesterEmail: email });
    const waiting = await createTestTicket(db, { requesterEmail: email, status: "WAITING_ON_REQUESTER" });
    const closed = await createTestTicket(db, { requesterEmail: email, status: "CLOSED" });

    const queued = await resendTrackingLinks(db, { email: `  ${email.toUpperCase()} `, ip: uniqueIp() });

    expect(queued).toBe(2);
    const emails = await db.outgoingEmail.findMany({ where: { template: "tracking-link", toAddress: email } });
    expect(emails.map((row) => row.ticketId).sort()).toEqual([open.ticket.id, waiting.ticket.id].sort());
    expect(emails.map((row) => row.data)).toContainEqual({ ticketId: open.ticket.id });
    expect(emails.some((row) => row.ticketId === closed.ticket.id)).toBe(false);
  });

  it("with a number, queues only that ticket's link; for an unknown email, queues nothing", async () => {
    const email = `louis-${randomUUID().slice(0, 8)}@example.org`;
    const first = await createTestTicket(db, { requesterEmail: email });
    await createTestTicket(db, { requesterEmail: email });

    expect(await resendTrackingLinks(db, { email, number: `#${first.ticket.number}`, ip: uniqueIp() })).toBe(1);
    expect(await resendTrackingLinks(db, { email: `nobody-${randomUUID()}@example.org`, ip: uniqueIp() })).toBe(0);
  });

  it("is rate-limited per email like the lookup", async () => {
    const email = `spam-${randomUUID().slice(0, 8)}@example.org`;
    for (let request = 0; request < 5; request += 1) {
      await resendTrackingLinks(db, { email, ip: uniqueIp() });
    }

    await expect(resendTrackingLinks(db, { email, ip: uniqueIp() })).rejects.toMatchObject({
      code: "rate_limited",
      messageKey: "tracking.errors.rateLimited",
    } satisfies Partial<AppError>);
  });
});
