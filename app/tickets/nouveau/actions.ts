"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";

import { defaultLocale, isLocale } from "@/i18n/locales";
import type { ActionResult } from "@/lib/actions/action-result";
import { runAction } from "@/lib/actions/run-action";
import { getUploadLimits } from "@/lib/attachments/get-upload-limits";
import { clientIp } from "@/lib/requester-access/client-ip";
import type { Acknowledgment } from "@/lib/tickets/acknowledgment";
import { createTicket } from "@/lib/tickets/create-ticket";
import { listTopicRules } from "@/lib/tickets/list-topic-rules";
import { type TicketFormValues, ticketSchemaFor } from "@/lib/tickets/ticket-schema";

// Only for the CAPTCHA check (hCaptcha's remoteip) and logs.
async function remoteIp(): Promise<string | undefined> {
  const ip = clientIp(await headers());

  return ip === "unknown" ? undefined : ip;
}

/** « Créer » on the public form: anyone may open a ticket, the CAPTCHA stands guard. */
export async function createTicketAction(
  values: TicketFormValues,
): Promise<ActionResult<Acknowledgment>> {
  return runAction("createTicket", async ({ log }) => {
    const topics = await listTopicRules();
    const schema = ticketSchemaFor(topics, { maxAttachments: getUploadLimits().maxFiles });
    const input = schema.parse(values);

    const locale = await getLocale();
    const created = await createTicket({
      input,
      locale: isLocale(locale) ? locale : defaultLocale,
      remoteIp: await remoteIp(),
    });
    log.info(
      { ticket: created.acknowledgment.number, isDuplicate: created.isDuplicate },
      "ticket submitted",
    );

    return created.acknowledgment;
  });
}
