import type { AbstractIntlMessages } from "next-intl";

import type { Locale } from "./locales";
import { namespaces } from "./namespaces";

export async function loadMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const file = await import(`../messages/${locale}/${namespace}.json`);

      return [namespace, file.default] as const;
    }),
  );

  return Object.fromEntries(entries);
}
