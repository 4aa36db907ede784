import "server-only";

import { env } from "@/lib/env";

/** The local mailbox exists only while the local transport is in use (no RESEND_API_KEY). */
export function isLocalMailboxEnabled(): boolean {
  return !env().RESEND_API_KEY;
}
