import "server-only";

import { createTranslator } from "next-intl";

import enEmails from "@/messages/en/emails.json";
import frEmails from "@/messages/fr/emails.json";

export type EmailLocale = "fr" | "en";

/** Translates a key of the `emails` catalogue, e.g. "ticketAlert.subject". */
export type EmailTranslator = (key: string, values?: Record<string, string | number>) => string;

const catalogues = { fr: frEmails, en: enEmails };

export function toEmailLocale(value: string): EmailLocale {
  return value === "en" ? "en" : "fr";
}

/**
 * Emails are rendered by the outbox worker, outside any request, so the translator is
 * built from the catalogue files rather than from next-intl's request configuration.
 */
export function createEmailTranslator(locale: EmailLocale): EmailTranslator {
  const translate = createTranslator({
    locale,
    messages: { emails: catalogues[locale] },
    namespace: "emails",
    timeZone: "Europe/Zurich",
  });

  return (key, values) => translate(key as never, values as never);
}
