import { NextResponse } from "next/server";

import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { redeemAccessToken } from "@/lib/requester-access/redeem-access-token";
import { requesterSessionCookie, requesterSessionCookieOptions } from "@/lib/requester-access/session-cookie";

// The magic link « visualiser la progression du ticket en ligne ». The token is traded for a
// session cookie at once and the browser is sent on to a URL without it, so it neither stays
// in the address bar nor leaks through a Referer header.
function redirectTo(location: string) {
  return new NextResponse(null, {
    status: 303,
    headers: { Location: location, "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" },
  });
}

export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  const access = await redeemAccessToken(db, { token });

  if (!access) {
    logger.info({ route: "tracking-link" }, "tracking link refused");

    return redirectTo("/suivi?lien=invalide");
  }

  const response = redirectTo(`/suivi/ticket/${access.ticketNumber}`);
  response.cookies.set(requesterSessionCookie, access.secret, requesterSessionCookieOptions(access.expiresAt));

  return response;
}
