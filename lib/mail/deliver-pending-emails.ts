import "server-only";

import { appPool } from "@/lib/db/app-pool";
import { pgSqlClient, type SqlClient } from "@/lib/db/sql-client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

import { type ClaimedEmail, claimDueEmails } from "./claim-due-emails";
import { EmailDataMissingError } from "./email-data-missing-error";
import { renderOutgoingEmail } from "./render-outgoing-email";
import { MAX_EMAIL_ATTEMPTS, retryDelayMs } from "./retry-delay";
import { getMailTransport } from "./transports/get-mail-transport";
import { type MailTransport, MailTransportError } from "./transports/mail-transport";

const DEFAULT_BATCH = 25;
/** Sends overlap a little so one slow provider call does not hold up the batch. */
const CONCURRENCY = 4;

/** Our own error classes carry no secrets; anything else is reduced to its name. */
function describeError(error: unknown): string {
  if (error instanceof MailTransportError || error instanceof EmailDataMissingError) return error.message.slice(0, 500);
  if (error instanceof Error) return error.name;

  return "unknown error";
}

// Each write keeps the `PENDING` guard: a row already settled by another pass stays as it is.
async function recordFailure(sql: SqlClient, email: ClaimedEmail, error: unknown): Promise<void> {
  const lastError = describeError(error);
  const context = { emailId: email.id, template: email.template, ticketId: email.ticketId, attempts: email.attempts, lastError };
  const isFinal = error instanceof EmailDataMissingError || email.attempts >= MAX_EMAIL_ATTEMPTS;

  if (isFinal) {
    await sql.count(Prisma.sql`
      UPDATE "OutgoingEmail" SET "status" = 'FAILED', "lastError" = ${lastError}
      WHERE "id" = ${email.id} AND "status" = 'PENDING'`);
    logger.error(context, "email delivery failed for good");

    return;
  }

  const nextAttemptAt = new Date(Date.now() + retryDelayMs(email.attempts));
  await sql.count(Prisma.sql`
    UPDATE "OutgoingEmail"
    SET "nextAttemptAt" = ${nextAttemptAt.toISOString()}::timestamp(3), "lastError" = ${lastError}
    WHERE "id" = ${email.id} AND "status" = 'PENDING'`);
  if (!(error instanceof MailTransportError)) logger.error({ ...context, err: error }, "email delivery crashed; will retry");
  else logger.warn({ ...context, nextAttemptAt }, "email delivery failed; will retry");
}

async function deliverEmail(sql: SqlClient, email: ClaimedEmail, transport: MailTransport): Promise<boolean> {
  try {
    const rendered = await renderOutgoingEmail(sql, email);
    const { providerId } = await transport.send({
      id: email.id,
      template: email.template,
      from: env().MAIL_FROM,
      to: email.toAddress,
      ...rendered,
    });

    await sql.count(Prisma.sql`
      UPDATE "OutgoingEmail"
      SET "status" = 'SENT', "sentAt" = ${new Date().toISOString()}::timestamp(3),
        "providerId" = ${providerId}, "subject" = ${rendered.subject}, "lastError" = NULL
      WHERE "id" = ${email.id} AND "status" = 'PENDING'`);
    logger.info({ emailId: email.id, template: email.template, ticketId: email.ticketId, transport: transport.kind }, "email sent");

    return true;
  } catch (error) {
    await recordFailure(sql, email, error);

    return false;
  }
}

/**
 * Emails of one ticket are sent one after the other, in the order they were claimed: each
 * requester email mints a token that replaces the previous one, and two mints racing could
 * leave both valid.
 */
function groupByTicket(emails: ClaimedEmail[]): ClaimedEmail[][] {
  const groups = new Map<string, ClaimedEmail[]>();
  for (const email of emails) {
    const key = email.ticketId ?? `email:${email.id}`;
    groups.set(key, [...(groups.get(key) ?? []), email]);
  }

  return [...groups.values()];
}

/**
 * One delivery pass over the outbox: claims the emails that are due and sends them.
 * `failed` counts the emails whose attempt failed in this pass (retried later, or given
 * up after the last attempt). Safe to run concurrently, from several processes too.
 */
export async function deliverPendingEmails(options: { limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  // Plain pg, one statement at a time: delivery shares the server's CPU with the requests.
  const sql = pgSqlClient(appPool());
  const claimed = await claimDueEmails(sql, { limit: options.limit ?? DEFAULT_BATCH });
  if (claimed.length === 0) return { sent: 0, failed: 0 };

  const transport = getMailTransport(sql);
  const queue = groupByTicket(claimed);
  let sent = 0;
  let failed = 0;

  const lanes = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const email of group) {
        // Lets requests waiting on the event loop go first: delivery is background work.
        await new Promise((resolve) => setImmediate(resolve));
        if (await deliverEmail(sql, email, transport)) sent += 1;
        else failed += 1;
      }
    }
  });
  await Promise.all(lanes);

  return { sent, failed };
}
