import "server-only";

import { z } from "zod";

import type { DbClient } from "@/lib/db/client";
import { createEmailTranslator, type EmailLocale, toEmailLocale } from "@/lib/emails/email-translator";
import { excerpt, singleLine } from "@/lib/emails/email-text";
import { renderEmailElement, type RenderedEmail } from "@/lib/emails/render-email-element";
import { RequesterMessageAlertEmail } from "@/lib/emails/requester-message-alert-email";
import { TicketAcknowledgmentEmail } from "@/lib/emails/ticket-acknowledgment-email";
import { TicketAlertEmail } from "@/lib/emails/ticket-alert-email";
import { TrackingLinkEmail } from "@/lib/emails/tracking-link-email";
import { env } from "@/lib/env";
import { issueAccessToken, trackingLink } from "@/lib/requester-access/issue-access-token";

import { EmailDataMissingError } from "./email-data-missing-error";
import type { EmailTemplateName } from "./enqueue-email";

export type OutboxRow = { template: string; locale: string; data: unknown };

const ticketData = z.object({ ticketId: z.string().min(1) });
const alertData = ticketData.extend({ recipientName: z.string().default("") });
const messageData = ticketData.extend({ threadEntryId: z.string().min(1) });

function parseData<T>(schema: z.ZodType<T>, data: unknown, template: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new EmailDataMissingError(`invalid data for template ${template}`);

  return parsed.data;
}

function staffTicketUrl(number: string): string {
  return new URL(`/equipe/tickets/${number}`, env().APP_URL).toString();
}

async function loadTicket(db: DbClient, ticketId: string) {
  const ticket = await db.ticket.findUnique({
    where: { id: ticketId },
    include: {
      topic: { select: { nameFr: true, nameEn: true } },
      partner: { select: { name: true } },
      group: { select: { name: true } },
      organisation: { select: { name: true } },
      attachments: { where: { threadEntryId: null }, select: { fileName: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!ticket) throw new EmailDataMissingError(`ticket ${ticketId} not found`);

  return ticket;
}

type Ticket = Awaited<ReturnType<typeof loadTicket>>;

function topicName(ticket: Ticket, locale: EmailLocale): string {
  return locale === "en" ? ticket.topic.nameEn : ticket.topic.nameFr;
}

async function renderTicketAcknowledgment(db: DbClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId } = parseData(ticketData, row.data, row.template);
  const ticket = await loadTicket(db, ticketId);
  const t = createEmailTranslator(locale);
  // A fresh token per delivery: the outbox never stores one.
  // LIMITATION: each attempt revokes the previous link, so if an attempt that timed out had
  // in fact been delivered, the link in that email no longer opens (« Renvoyer le lien » helps).
  const trackingUrl = trackingLink(await issueAccessToken(db, ticket.id));
  const subject = t("ticketAcknowledgment.subject", { number: ticket.number, summary: singleLine(ticket.summary) });

  return renderEmailElement(
    subject,
    <TicketAcknowledgmentEmail
      t={t}
      locale={locale}
      requesterName={ticket.requesterName}
      number={ticket.number}
      topic={topicName(ticket, locale)}
      partner={ticket.partner?.name ?? null}
      summary={ticket.summary}
      details={excerpt(ticket.details)}
      trackingUrl={trackingUrl}
    />,
  );
}

async function renderTicketAlert(db: DbClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId, recipientName } = parseData(alertData, row.data, row.template);
  const ticket = await loadTicket(db, ticketId);
  const t = createEmailTranslator(locale);
  const subject = t("ticketAlert.subject", { number: ticket.number, summary: singleLine(ticket.summary) });

  return renderEmailElement(
    subject,
    <TicketAlertEmail
      t={t}
      locale={locale}
      recipientName={recipientName}
      number={ticket.number}
      requesterName={ticket.requesterName}
      requesterEmail={ticket.requesterEmail}
      requesterPhone={ticket.requesterPhone}
      topic={topicName(ticket, locale)}
      partner={ticket.partner?.name ?? null}
      group={ticket.group?.name ?? null}
      organisation={ticket.organisation?.name ?? null}
      summary={ticket.summary}
      details={excerpt(ticket.details, 4000)}
      attachmentNames={ticket.attachments.map((attachment) => attachment.fileName)}
      staffUrl={staffTicketUrl(ticket.number)}
    />,
  );
}

async function renderRequesterMessageAlert(db: DbClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId, threadEntryId } = parseData(messageData, row.data, row.template);
  const ticket = await loadTicket(db, ticketId);
  const entry = await db.threadEntry.findFirst({
    where: { id: threadEntryId, ticketId },
    select: { body: true, attachments: { select: { fileName: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!entry) throw new EmailDataMissingError(`thread entry ${threadEntryId} not found`);

  const t = createEmailTranslator(locale);
  const subject = t("requesterMessageAlert.subject", { number: ticket.number, summary: singleLine(ticket.summary) });

  return renderEmailElement(
    subject,
    <RequesterMessageAlertEmail
      t={t}
      locale={locale}
      number={ticket.number}
      requesterName={ticket.requesterName}
      summary={ticket.summary}
      message={excerpt(entry.body, 2000)}
      attachmentNames={entry.attachments.map((attachment) => attachment.fileName)}
      staffUrl={staffTicketUrl(ticket.number)}
    />,
  );
}

async function renderTrackingLink(db: DbClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId } = parseData(ticketData, row.data, row.template);
  const ticket = await loadTicket(db, ticketId);
  const t = createEmailTranslator(locale);
  const trackingUrl = trackingLink(await issueAccessToken(db, ticket.id));

  return renderEmailElement(
    t("trackingLink.subject", { number: ticket.number }),
    <TrackingLinkEmail
      t={t}
      locale={locale}
      requesterName={ticket.requesterName}
      number={ticket.number}
      summary={singleLine(ticket.summary, 120)}
      trackingUrl={trackingUrl}
    />,
  );
}

const renderers: Record<EmailTemplateName, (db: DbClient, row: OutboxRow, locale: EmailLocale) => Promise<RenderedEmail>> = {
  "ticket-acknowledgment": renderTicketAcknowledgment,
  "ticket-alert": renderTicketAlert,
  "requester-message-alert": renderRequesterMessageAlert,
  "tracking-link": renderTrackingLink,
};

function isTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(renderers, value);
}

/** Renders an outbox row from the database as it is now, in the row's language. */
export async function renderOutgoingEmail(db: DbClient, row: OutboxRow): Promise<RenderedEmail> {
  if (!isTemplateName(row.template)) throw new EmailDataMissingError(`unknown template ${row.template}`);

  return renderers[row.template](db, row, toEmailLocale(row.locale));
}
