import { z } from "zod";

export const maxRequesterMessageLength = 10_000;

/** Secrets of uploaded drafts, as the drop zone hands them over, for the server to claim. */
const claimTokens = z.array(z.string().min(1).max(200)).max(20);

/** « Ajouter des informations »: the one schema of the reply form and its action. */
export const requesterMessageSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "tracking.errors.bodyRequired")
    .max(maxRequesterMessageLength, "tracking.errors.bodyTooLong"),
  claimTokens,
});

/** « Fermer le ticket »: an optional last word. */
export const closeTicketSchema = z.object({
  lastWord: z.string().trim().max(maxRequesterMessageLength, "tracking.errors.bodyTooLong"),
});

export type RequesterMessageInput = z.input<typeof requesterMessageSchema>;
export type CloseTicketInput = z.input<typeof closeTicketSchema>;
