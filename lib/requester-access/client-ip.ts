/**
 * The requester's address for rate limiting. This trusts the reverse proxy in front of
 * Guichet to set X-Forwarded-For / X-Real-IP (and to overwrite what a client sent);
 * deployed without such a proxy, a client could pick its own key for the per-IP counter,
 * which is why failures are also counted per email.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;

  return headers.get("x-real-ip")?.trim() || "unknown";
}
