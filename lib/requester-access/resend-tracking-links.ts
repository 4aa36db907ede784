import "server-only";

import { defaultLocale, isLocale } from "@/i18n/locales";
import type { DbClient } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

import { assertAttemptAllowed, recordAttempt } from "./lookup-rate-limit";
import { normalizeEmail, normalizeTicketNumber } from "./lookup-schema";

// Bounds what one request can make Guichet send.
const MAX_LINKS_PER_REQUEST = 10;

/**
 * « Renvoyer le lien »: queues a "tracking-link" email for the requester's open tickets
 * (or the one numbered). The caller answers the same neutral message whatever happened,
 * so nobody learns whether an address has tickets. Every request counts against the limits.
 * Returns how many emails were queued, for the caller to kick delivery and for tests.
 */
export async function resendTrackingLinks(
  db: DbClient,
  options: { email: string; number?: string; ip: string },
): Promise<number> {
  const email = normalizeEmail(options.email);
  const number = normalizeTicketNumber(options.number ?? "");
  const keys = { ip: options.ip, email };

  await assertAttemptAllowed("resend", keys);
  await recordAttempt("resend", keys);

  const candidates = await db.ticket.findMany({
    where: {
      requesterEmail: { equals: email, mode: "insensitive" },
      status: { not: "CLOSED" },
      ...(number ? { number } : {}),
    },
    select: { id: true, requesterEmail: true, locale: true },
    orderBy: { createdAt: "desc" },
    take: MAX_LINKS_PER_REQUEST,
  });
  const tickets = candidates.filter((ticket) => normalizeEmail(ticket.requesterEmail) === email);

  for (const ticket of tickets) {
    await enqueueEmail(db, {
      template: "tracking-link",
      to: ticket.requesterEmail,
      locale: isLocale(ticket.locale) ? ticket.locale : defaultLocale,
      ticketId: ticket.id,
      data: { ticketId: ticket.id },
    });
  }

  return tickets.length;
}
