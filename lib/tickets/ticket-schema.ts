import { z } from "zod";

// The one schema of the « Nouveau ticket » form. The browser's react-hook-form resolver and
// the server action both build it from the same topic rules (the server reads them from the
// database), so a field is valid on one side exactly when it is valid on the other.

export const topicFieldNames = ["DETAILS", "ATTACHMENTS", "PARTNER", "ORGANISATION"] as const;
export type TopicFieldName = (typeof topicFieldNames)[number];

/** What the schema needs to know about a topic: which extra fields its form shows. */
export type TopicRule = { id: string; fields: TopicFieldName[] };

export const ticketLimits = {
  fullName: 120,
  email: 254,
  phone: 30,
  summary: 200,
  details: 10_000,
} as const;

const DEFAULT_MAX_ATTACHMENTS = 5;

// Permissive on purpose: Swiss (021 123 45 67, +41 21 123 45 67) and international numbers,
// with spaces, dots, dashes, slashes or parentheses; 7 to 15 digits once separators are gone.
const PHONE_PATTERN = /^\+?[0-9][0-9 ().\/-]*[0-9]$/;

function hasPlausibleDigitCount(phone: string): boolean {
  const digits = phone.replace(/\D/g, "").length;

  return digits >= 7 && digits <= 15;
}

const key = (name: string) => `ticketForm.errors.${name}`;

export function makeTicketSchema(topics: TopicRule[], options: { maxAttachments?: number } = {}) {
  const maxAttachments = options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS;
  const topicIds = new Set(topics.map((topic) => topic.id));
  const fieldsOf = (topicId: string) => topics.find((topic) => topic.id === topicId)?.fields ?? [];

  return z
    .object({
      email: z
        .string({ error: key("emailRequired") })
        .trim()
        .toLowerCase()
        .min(1, { error: key("emailRequired") })
        .max(ticketLimits.email, { error: key("emailInvalid") })
        .pipe(z.email({ error: key("emailInvalid") })),
      fullName: z
        .string({ error: key("fullNameRequired") })
        .trim()
        .min(1, { error: key("fullNameRequired") })
        .max(ticketLimits.fullName, { error: key("fullNameTooLong") }),
      phone: z
        .string()
        .trim()
        .max(ticketLimits.phone, { error: key("phoneInvalid") })
        .refine(
          (phone) => phone === "" || (PHONE_PATTERN.test(phone) && hasPlausibleDigitCount(phone)),
          {
            error: key("phoneInvalid"),
          },
        )
        .default(""),
      topicId: z
        .string({ error: key("topicRequired") })
        .min(1, { error: key("topicRequired") })
        .refine((topicId) => topicId === "" || topicIds.has(topicId), {
          error: key("topicUnknown"),
        }),
      summary: z
        .string()
        .trim()
        .max(ticketLimits.summary, { error: key("summaryTooLong") })
        .default(""),
      details: z
        .string()
        .trim()
        .max(ticketLimits.details, { error: key("detailsTooLong") })
        .default(""),
      attachments: z
        .array(z.string().min(1).max(200))
        .max(maxAttachments, { error: key("tooManyAttachments") })
        .default([]),
      partnerId: z.string().trim().default(""),
      organisationId: z.string().trim().default(""),
      captcha: z
        .string({ error: key("captchaRequired") })
        .min(1, { error: key("captchaRequired") }),
      // Honeypot: people never see it; the server refuses the submission when it is filled.
      website: z.string().default(""),
      submissionKey: z.uuid({ error: key("submissionKeyInvalid") }),
    })
    .superRefine((input, ctx) => {
      if (!topicIds.has(input.topicId)) return;

      const fields = fieldsOf(input.topicId);
      if (input.summary === "") {
        ctx.addIssue({ code: "custom", path: ["summary"], message: key("summaryRequired") });
      }
      if (fields.includes("PARTNER") && input.partnerId === "") {
        ctx.addIssue({ code: "custom", path: ["partnerId"], message: key("partnerRequired") });
      }
      if (fields.includes("ORGANISATION") && input.organisationId === "") {
        ctx.addIssue({
          code: "custom",
          path: ["organisationId"],
          message: key("organisationRequired"),
        });
      }
    });
}

export type TicketSchema = ReturnType<typeof makeTicketSchema>;
/** What the form holds (before trimming and defaults). */
export type TicketFormValues = z.input<TicketSchema>;
/** What the server acts on, once parsed. */
export type TicketInput = z.output<TicketSchema>;

let lastBuilt: { rules: string; schema: TicketSchema } | undefined;

/**
 * makeTicketSchema, built again only when the rules change: the server action parses every
 * submission with it, and building the schema costs some fifty times what parsing does.
 */
export function ticketSchemaFor(topics: TopicRule[], options: { maxAttachments?: number } = {}): TicketSchema {
  const rules = JSON.stringify([topics, options.maxAttachments]);
  if (lastBuilt?.rules !== rules) lastBuilt = { rules, schema: makeTicketSchema(topics, options) };

  return lastBuilt.schema;
}

/** The fields the form shows for a topic; unknown topics show none. */
export function topicShows(topics: TopicRule[], topicId: string, field: TopicFieldName): boolean {
  return topics.find((topic) => topic.id === topicId)?.fields.includes(field) ?? false;
}
