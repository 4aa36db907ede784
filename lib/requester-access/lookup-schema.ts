import { z } from "zod";

/** « #123 456 » → « 123456 »: people copy the number with its hash sign or read it in groups. */
export function normalizeTicketNumber(raw: string): string {
  return raw.replace(/[#\s]/g, "");
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

const email = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email("tracking.errors.emailInvalid"));

const number = z
  .string()
  .transform(normalizeTicketNumber)
  .pipe(z.string().regex(/^\d{1,12}$/, "tracking.errors.numberInvalid"));

/** « Afficher le ticket »: the one schema of the lookup form and its action. */
export const ticketLookupSchema = z.object({ email, number });

/** « Renvoyer le lien »: the number is optional; without it every open ticket of the email. */
export const resendLinkSchema = z.object({
  email,
  number: z
    .string()
    .transform(normalizeTicketNumber)
    .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,12}$/, "tracking.errors.numberInvalid")])),
});

export type TicketLookupInput = z.input<typeof ticketLookupSchema>;
export type ResendLinkInput = z.input<typeof resendLinkSchema>;
