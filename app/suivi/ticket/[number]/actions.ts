"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import type { ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/lib/actions/run-action";
import { db } from "@/lib/db/client";
import { kickEmailDelivery } from "@/lib/mail/kick-email-delivery";
import { endRequesterSession } from "@/lib/requester-access/end-requester-session";
import { requireRequesterTicket } from "@/lib/requester-access/require-requester-ticket";
import { requesterSessionCookie } from "@/lib/requester-access/session-cookie";
import { addRequesterMessage } from "@/lib/tracking/add-requester-message";
import { closeTicketByRequester } from "@/lib/tracking/close-ticket-by-requester";
import {
  closeTicketSchema,
  requesterMessageSchema,
  type CloseTicketInput,
  type RequesterMessageInput,
} from "@/lib/tracking/requester-message-schema";

/** « Ajouter des informations » to the ticket the session opens, and nowhere else. */
export async function addRequesterMessageAction(
  number: string,
  input: RequesterMessageInput,
): Promise<ActionResult<{ isReopened: boolean }>> {
  const result = await runAction("tracking.addRequesterMessage", async ({ log }) => {
    const { ticketId } = await requireRequesterTicket(String(number));
    const { body, claimTokens } = requesterMessageSchema.parse(input);

    const outcome = await addRequesterMessage(db, { ticketId, body, claimTokens });
    log.info({ ticketNumber: number, threadEntryId: outcome.threadEntryId }, "requester message added");

    return { isReopened: outcome.isReopened };
  });

  if (result.ok) kickEmailDelivery();

  return result;
}

/** « Fermer le ticket », with an optional last word. */
export async function closeTicketAction(number: string, input: CloseTicketInput): Promise<ActionResult<null>> {
  const result = await runAction("tracking.closeTicket", async ({ log }) => {
    const { ticketId } = await requireRequesterTicket(String(number));
    const { lastWord } = closeTicketSchema.parse(input);

    const outcome = await closeTicketByRequester(db, { ticketId, lastWord });
    log.info({ ticketNumber: number, isAlreadyClosed: outcome.isAlreadyClosed }, "requester closed the ticket");

    return outcome.threadEntryId;
  });

  if (!result.ok) return result;
  if (result.data) kickEmailDelivery();

  return { ok: true, data: null };
}

/** « Quitter le suivi »: ends the session server-side and forgets the cookie. */
export async function leaveTrackingAction() {
  const store = await cookies();
  const secret = store.get(requesterSessionCookie)?.value;

  if (secret) await endRequesterSession(db, { secret });
  store.delete(requesterSessionCookie);

  redirect("/suivi?suivi=termine");
}
