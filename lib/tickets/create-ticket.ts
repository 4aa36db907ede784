import "server-only";

import type { Locale } from "@/i18n/locales";
import { claimAttachments } from "@/lib/attachments/claim-attachments";
import { assertHoneypotEmpty } from "@/lib/captcha/honeypot";
import { verifyCaptcha } from "@/lib/captcha/verify-captcha";
import { db } from "@/lib/db/client";
import { isForeignKeyViolation, uniqueViolationFields } from "@/lib/db/db-errors";
import { inTransaction, type SqlClient } from "@/lib/db/sql-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors";
import type { TopicField } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { kickEmailDelivery } from "@/lib/mail/kick-email-delivery";

import type { Acknowledgment } from "./acknowledgment";
import {
  findEarlierSubmission,
  findTicketBySubmissionKey,
  type SubmissionContent,
} from "./find-duplicate-ticket";
import { generateTicketNumber } from "./generate-ticket-number";
import { type ActiveOrganisation, getActiveOrganisations } from "./get-active-organisations";
import { type ActiveTopic, getActiveTopics } from "./get-active-topics";
import { insertTicketRows } from "./insert-ticket-rows";
import { acknowledgmentExcerpt, loadAcknowledgment } from "./load-acknowledgment";
import { getRoutingTable, type RoutingTable, routeTicket } from "./route-ticket";
import type { TicketInput } from "./ticket-schema";

export type CreateTicketOptions = {
  /** Parsed with makeTicketSchema. */
  input: TicketInput;
  /** Language of the form; the ticket's emails use it. */
  locale: Locale;
  remoteIp?: string;
};

export type CreatedTicket = {
  ticketId: string;
  acknowledgment: Acknowledgment;
  /** True when the submission had already created this ticket (double click, re-send). */
  isDuplicate: boolean;
};

const MAX_NUMBER_ATTEMPTS = 5;
const SYSTEM_AUTHOR = "Guichet";

/**
 * Opens a ticket from the public form, in one transaction: CAPTCHA, routing, the ticket and
 * its first thread entry, its attachments, the routing event, the audit event and the
 * queued emails. Mail is delivered after commit, so an outage never loses a ticket.
 *
 * The same submission never makes two tickets: a submission key already used (double click,
 * re-sent request) and the same content from the same address within two minutes both
 * return the existing ticket's acknowledgment.
 *
 * The transaction runs on plain pg (see lib/db/sql-client.ts): this is the path every ticket
 * takes. Nothing in it may use the Prisma client, which could wait for the same connection.
 */
export async function createTicket(options: CreateTicketOptions): Promise<CreatedTicket> {
  const { input, locale } = options;
  assertHoneypotEmpty(input.website);

  // Read before the transaction: inside it, a second connection could wait on a full pool.
  const [topics, organisations, routing] = await Promise.all([
    getActiveTopics(),
    getActiveOrganisations(),
    getRoutingTable(),
  ]);

  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await inTransaction((sql) =>
        createInTransaction(sql, options, { topics, organisations, routing }),
      );
      if ("earlierTicketId" in outcome) return duplicateOf(outcome.earlierTicketId, locale);

      // The emails are committed in the outbox; this only sends them now rather than later.
      kickEmailDelivery();

      return { ...outcome, isDuplicate: false };
    } catch (error) {
      const fields = uniqueViolationFields(error);
      if (fields?.includes("number") && attempt < MAX_NUMBER_ATTEMPTS) continue;

      // A concurrent twin of this submission committed first: answer with its ticket.
      if (fields?.includes("submissionKey") || isCaptchaFailure(error)) {
        const existing = await findTicketBySubmissionKey(db, input);
        if (existing) return duplicateOf(existing.id, locale);
      }

      throw toAppError(error);
    }
  }
}

type ReferenceData = { topics: ActiveTopic[]; organisations: ActiveOrganisation[]; routing: RoutingTable };

/** A new ticket, or the one an earlier submission made (answered after the commit). */
type Outcome = Omit<CreatedTicket, "isDuplicate"> | { earlierTicketId: string };

async function createInTransaction(
  sql: SqlClient,
  options: CreateTicketOptions,
  { topics, organisations, routing }: ReferenceData,
): Promise<Outcome> {
  const { input, locale, remoteIp } = options;

  // Submissions of one requester are handled one after the other, so twins see each other.
  await sql.rows(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${input.email}))`);

  // The topic comes from memory; its refusal waits for the CAPTCHA, as it always did.
  const topic = topics.find((candidate) => candidate.id === input.topicId);
  const hasField = (field: TopicField) => topic?.fields.includes(field) ?? false;
  const details = hasField("DETAILS") ? input.details : "";
  const partnerId = hasField("PARTNER") ? input.partnerId : null;
  const organisationId = hasField("ORGANISATION") ? input.organisationId : null;
  const claimTokens = hasField("ATTACHMENTS") ? input.attachments : [];

  // One read answers both re-sends: the same key (a double click, a retried request) and
  // the same content; the content match counts only once the CAPTCHA has passed.
  const content: SubmissionContent | null =
    topic && claimTokens.length === 0
      ? {
          topicId: topic.id,
          requesterName: input.fullName,
          requesterPhone: input.phone || null,
          summary: input.summary,
          details,
          partnerId,
          organisationId,
        }
      : null;
  const earlier = await findEarlierSubmission(sql, input, content);
  if (earlier.sameKey) return { earlierTicketId: earlier.sameKey.id };

  await verifyCaptcha(sql, { payload: input.captcha, remoteIp });

  if (!topic) {
    throw new AppError("validation", "errors.validation", {
      topicId: "ticketForm.errors.topicUnknown",
    });
  }
  if (earlier.sameContent) return { earlierTicketId: earlier.sameContent.id };

  const organisation = organisationId ? activeOrganisation(organisations, organisationId) : null;
  const route = routeTicket(routing, { topic, partnerId });

  const number = generateTicketNumber();
  const { ticketId, messageId } = await insertTicketRows(sql, {
    ticket: {
      number,
      requesterEmail: input.email,
      requesterName: input.fullName,
      requesterPhone: input.phone || null,
      locale,
      topicId: topic.id,
      partnerId,
      organisationId: organisation?.id ?? null,
      groupId: route.groupId,
      summary: input.summary,
      details,
      submissionKey: input.submissionKey,
    },
    message: { authorName: input.fullName, body: details || input.summary },
    systemEvent: {
      authorName: SYSTEM_AUTHOR,
      event: {
        type: "routed",
        to: route.recipients.map((recipient) => recipient.name),
        group: route.groupName,
      },
    },
    auditData: {
      number,
      topic: topic.slug,
      groupId: route.groupId,
      attachments: claimTokens.length,
    },
    emails: [
      { template: "ticket-acknowledgment", to: input.email, locale, data: {} },
      ...route.recipients.map((recipient) => ({
        template: "ticket-alert" as const,
        to: recipient.email,
        locale,
        data: { recipientName: recipient.name },
      })),
    ],
  });

  // Claimed onto the requester's message, after it exists.
  const attachments =
    claimTokens.length > 0
      ? await claimAttachments(sql, {
          claimTokens,
          ticketId,
          threadEntryId: messageId,
        })
      : [];

  logger.info(
    {
      ticket: number,
      topic: topic.slug,
      groupId: route.groupId,
      recipients: route.recipients.length,
    },
    "ticket created",
  );

  // Built from what this transaction read and wrote, as loadAcknowledgment would read it back.
  const acknowledgment: Acknowledgment = {
    number,
    email: input.email,
    topicName: locale === "en" ? topic.nameEn : topic.nameFr,
    summary: input.summary,
    detailsExcerpt: acknowledgmentExcerpt(details),
    partnerName: partnerId ? (route.partnerName ?? (await partnerName(sql, partnerId))) : null,
    organisationName: organisation?.name ?? null,
    attachmentNames: attachments.map((attachment) => attachment.fileName),
    groupName: route.groupName,
  };

  return { ticketId, acknowledgment };
}

function activeOrganisation(
  organisations: ActiveOrganisation[],
  organisationId: string,
): ActiveOrganisation {
  const organisation = organisations.find(({ id }) => id === organisationId);
  if (!organisation) {
    throw new AppError("validation", "errors.validation", {
      organisationId: "ticketForm.errors.organisationUnknown",
    });
  }

  return organisation;
}

// Only for a topic that asks for a partner without routing by it; an unknown id fails the
// ticket's foreign key before this runs.
async function partnerName(sql: SqlClient, partnerId: string): Promise<string | null> {
  const [partner] = await sql.rows<{ name: string }>(
    Prisma.sql`SELECT "name" FROM "Partner" WHERE "id" = ${partnerId}`,
  );

  return partner?.name ?? null;
}

async function duplicateOf(ticketId: string, locale: string): Promise<CreatedTicket> {
  logger.info({ ticketId }, "ticket submission answered with its existing ticket");

  return {
    ticketId,
    acknowledgment: await loadAcknowledgment(db, { ticketId, locale }),
    isDuplicate: true,
  };
}

function isCaptchaFailure(error: unknown): boolean {
  return isAppError(error) && (error.code === "captcha_failed" || "captcha" in error.fieldErrors);
}

// Database errors become domain errors here, so the action never sees a database code.
function toAppError(error: unknown): unknown {
  if (isAppError(error)) return error;
  if (isForeignKeyViolation(error)) {
    return new AppError("validation", "errors.validation", {
      form: "ticketForm.errors.optionsChanged",
    });
  }
  if (uniqueViolationFields(error)) {
    return new AppError("conflict", "ticketForm.errors.submissionConflict");
  }

  return error;
}
