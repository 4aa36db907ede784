import "server-only";

import type { DbClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

import type { MailTransport, OutgoingMessage } from "./mail-transport";

/**
 * Without a mail service the message is kept in the local mailbox (shown at /boite-mail)
 * and logged without its body or links. The outbox id is unique there, so a retried
 * delivery stores the message once.
 */
export function createLocalTransport(db: DbClient): MailTransport {
  return {
    kind: "local",
    async send(message: OutgoingMessage) {
      try {
        const stored = await db.localMailboxMessage.create({
          data: { emailId: message.id, toAddress: message.to, subject: message.subject, html: message.html, text: message.text },
          select: { id: true },
        });
        logger.info({ to: message.to, subject: message.subject, template: message.template }, "email stored in the local mailbox");

        return { providerId: `local:${stored.id}` };
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;

        const existing = await db.localMailboxMessage.findUniqueOrThrow({ where: { emailId: message.id }, select: { id: true } });

        return { providerId: `local:${existing.id}` };
      }
    },
  };
}
