import "server-only";

import { z } from "zod";

import type { SqlClient } from "@/lib/db/sql-client";
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
import { type EmailTicket, loadEmailTicket } from "./load-email-ticket";
import { loadEmailThreadEntry } from "./load-email-thread-entry";

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

function topicName(ticket: EmailTicket, locale: EmailLocale): string {
  return locale === "en" ? ticket.topicNameEn : ticket.topicNameFr;
}

async function renderTicketAcknowledgment(sql: SqlClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId } = parseData(ticketData, row.data, row.template);
  const ticket = await loadEmailTicket(sql, { ticketId });
  const t = createEmailTranslator(locale);
  // A fresh token per delivery: the outbox never stores one.
  // LIMITATION: each attempt revokes the previous link, so if an attempt that timed out had
  // in fact been delivered, the link in that email no longer opens (« Renvoyer le lien » helps).
  const trackingUrl = trackingLink(await issueAccessToken(sql, ticket.id));
  const subject = t("ticketAcknowledgment.subject", { number: ticket.number, summary: singleLine(ticket.summary) });

  return renderEmailElement(
    subject,
    <TicketAcknowledgmentEmail
      t={t}
      locale={locale}
      requesterName={ticket.requesterName}
      number={ticket.number}
      topic={topicName(ticket, locale)}
      partner={ticket.partnerName}
      summary={ticket.summary}
      details={excerpt(ticket.details)}
      trackingUrl={trackingUrl}
    />,
  );
}

async function renderTicketAlert(sql: SqlClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId, recipientName } = parseData(alertData, row.data, row.template);
  const ticket = await loadEmailTicket(sql, { ticketId, withAttachments: true });
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
      partner={ticket.partnerName}
      group={ticket.groupName}
      organisation={ticket.organisationName}
      summary={ticket.summary}
      details={excerpt(ticket.details, 4000)}
      attachmentNames={ticket.attachmentNames}
      staffUrl={staffTicketUrl(ticket.number)}
    />,
  );
}

async function renderRequesterMessageAlert(sql: SqlClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId, threadEntryId } = parseData(messageData, row.data, row.template);
  const ticket = await loadEmailTicket(sql, { ticketId });
  const entry = await loadEmailThreadEntry(sql, { ticketId, threadEntryId });
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
      attachmentNames={entry.attachmentNames}
      staffUrl={staffTicketUrl(ticket.number)}
    />,
  );
}

async function renderTrackingLink(sql: SqlClient, row: OutboxRow, locale: EmailLocale) {
  const { ticketId } = parseData(ticketData, row.data, row.template);
  const ticket = await loadEmailTicket(sql, { ticketId });
  const t = createEmailTranslator(locale);
  const trackingUrl = trackingLink(await issueAccessToken(sql, ticket.id));

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

const renderers: Record<EmailTemplateName, (sql: SqlClient, row: OutboxRow, locale: EmailLocale) => Promise<RenderedEmail>> = {
  "ticket-acknowledgment": renderTicketAcknowledgment,
  "ticket-alert": renderTicketAlert,
  "requester-message-alert": renderRequesterMessageAlert,
  "tracking-link": renderTrackingLink,
};

function isTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(renderers, value);
}

/** Renders an outbox row from the database as it is now, in the row's language. */
export async function renderOutgoingEmail(sql: SqlClient, row: OutboxRow): Promise<RenderedEmail> {
  if (!isTemplateName(row.template)) throw new EmailDataMissingError(`unknown template ${row.template}`);

  return renderers[row.template](sql, row, toEmailLocale(row.locale));
}
