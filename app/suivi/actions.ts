"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import type { ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/lib/actions/run-action";
import { db } from "@/lib/db/client";
import { kickEmailDelivery } from "@/lib/mail/kick-email-delivery";
import { clientIp } from "@/lib/requester-access/client-ip";
import { lookUpTicket } from "@/lib/requester-access/look-up-ticket";
import {
  resendLinkSchema,
  ticketLookupSchema,
  type ResendLinkInput,
  type TicketLookupInput,
} from "@/lib/requester-access/lookup-schema";
import { resendTrackingLinks } from "@/lib/requester-access/resend-tracking-links";
import { requesterSessionCookie, requesterSessionCookieOptions } from "@/lib/requester-access/session-cookie";

/** « Afficher le ticket »: on a match, opens the tracking session and shows the ticket. */
export async function lookUpTicketAction(input: TicketLookupInput): Promise<ActionResult<string>> {
  const result = await runAction("tracking.lookUpTicket", async () => {
    const { email, number } = ticketLookupSchema.parse(input);
    const ip = clientIp(await headers());

    const access = await lookUpTicket(db, { email, number, ip });
    (await cookies()).set(requesterSessionCookie, access.secret, requesterSessionCookieOptions(access.expiresAt));

    return access.ticketNumber;
  });

  // redirect() works by throwing, so it runs outside runAction's error shaping.
  if (result.ok) redirect(`/suivi/ticket/${result.data}`);

  return result;
}

/** « Renvoyer le lien »: always the same neutral answer, whether or not a ticket matched. */
export async function resendLinkAction(input: ResendLinkInput): Promise<ActionResult<null>> {
  return runAction("tracking.resendLink", async () => {
    const { email, number } = resendLinkSchema.parse(input);
    const ip = clientIp(await headers());

    const queued = await resendTrackingLinks(db, { email, number, ip });
    if (queued > 0) kickEmailDelivery();

    return null;
  });
}
