import type { AbstractIntlMessages } from "next-intl";

import type { Locale } from "./locales";
import { namespaces } from "./namespaces";

const loaded = new Map<Locale, Promise<AbstractIntlMessages>>();

/**
 * Every request of a page or an action asks for its language's catalogues; a production
 * server keeps them once read (the development server reads them again, so edits show).
 */
export function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  if (process.env.NODE_ENV !== "production") return readMessages(locale);

  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
  }

  return messages;
}

async function readMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const file = await import(`../messages/${locale}/${namespace}.json`);

      return [namespace, file.default] as const;
    }),
  );

  return Object.fromEntries(entries);
}
