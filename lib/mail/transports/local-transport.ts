import "server-only";

import { newId } from "@/lib/db/new-id";
import type { SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

import type { MailTransport, OutgoingMessage } from "./mail-transport";

/**
 * Without a mail service the message is kept in the local mailbox (shown at /boite-mail)
 * and logged without its body or links. The outbox id is unique there, so a retried
 * delivery stores the message once.
 */
export function createLocalTransport(sql: SqlClient): MailTransport {
  return {
    kind: "local",
    async send(message: OutgoingMessage) {
      // A retry finds the message an earlier attempt stored: the no-op update leaves it as
      // it was and returns its id, also when that attempt commits while this one runs.
      const [stored] = await sql.rows<{ id: string }>(Prisma.sql`
        INSERT INTO "LocalMailboxMessage" ("id", "emailId", "toAddress", "subject", "html", "text",
          "createdAt")
        VALUES (${newId()}, ${message.id}, ${message.to}, ${message.subject}, ${message.html},
          ${message.text}, ${new Date().toISOString()}::timestamp(3))
        ON CONFLICT ("emailId") DO UPDATE SET "emailId" = EXCLUDED."emailId"
        RETURNING "id"`);
      logger.info({ to: message.to, subject: message.subject, template: message.template }, "email stored in the local mailbox");

      return { providerId: `local:${stored.id}` };
    },
  };
}
