import "server-only";

import { Resend } from "resend";

import { logger } from "@/lib/logger";

import { type MailTransport, MailTransportError, type OutgoingMessage } from "./mail-transport";

const SEND_TIMEOUT_MS = 15_000;

export function createResendTransport(options: { apiKey: string; baseUrl?: string }): MailTransport {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);

  return {
    kind: "resend",
    async send(message: OutgoingMessage) {
      const { data, error } = await resend.emails.send(
        { from: message.from, to: message.to, subject: message.subject, html: message.html, text: message.text },
        { idempotencyKey: message.id, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      );

      // Resend already accepted this key with another payload (the link token differs on
      // each attempt): an earlier attempt went through, so the email is out.
      if (error?.name === "invalid_idempotent_request") {
        logger.warn({ emailId: message.id }, "resend had already accepted this email");

        return { providerId: `idempotent:${message.id}` };
      }
      // Only Resend's error name and status are kept: its messages may echo the payload.
      if (error) throw new MailTransportError(`resend ${error.name} (${error.statusCode ?? "no status"})`);

      return { providerId: data.id };
    },
  };
}
