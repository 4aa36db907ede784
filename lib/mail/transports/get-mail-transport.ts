import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";
import { env } from "@/lib/env";

import { createLocalTransport } from "./local-transport";
import type { MailTransport } from "./mail-transport";
import { createResendTransport } from "./resend-transport";

/** Resend when its key is configured, the local mailbox otherwise. */
export function getMailTransport(sql: SqlClient): MailTransport {
  const { RESEND_API_KEY, RESEND_BASE_URL } = env();
  if (RESEND_API_KEY) return createResendTransport({ apiKey: RESEND_API_KEY, baseUrl: RESEND_BASE_URL });

  return createLocalTransport(sql);
}
