import "server-only";

import { env } from "@/lib/env";

/** The cookie that carries a requester's tracking session secret (never the magic-link token). */
// LIMITATION: one cookie holds one ticket's session; opening another ticket's link or lookup replaces it.
export const requesterSessionCookie = "guichet_suivi";

export const requesterSessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function requesterSessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    // Plain http only on a local machine; any https deployment gets Secure cookies.
    secure: env().APP_URL.startsWith("https:"),
    sameSite: "lax" as const,
    path: "/",
    expires: expiresAt,
  };
}
