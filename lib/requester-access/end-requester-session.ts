import "server-only";

import type { DbClient } from "@/lib/db/client";

import { hashSecretToken } from "./secret-token";

/** « Quitter le suivi »: forgets the session server-side, so a copied cookie opens nothing. */
export async function endRequesterSession(db: DbClient, options: { secret: string }) {
  await db.requesterSession.deleteMany({ where: { sessionHash: hashSecretToken(options.secret) } });
}
