import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { defaultLocale, isLocale, localeCookie, type Locale } from "./locales";
import { loadMessages } from "./messages";

async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;

  // French first: English only when the browser prefers it over French.
  const accepted = (await headers()).get("accept-language") ?? "";
  const first = accepted.split(",")[0]?.trim().slice(0, 2).toLowerCase();

  return first === "en" ? "en" : defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();

  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Zurich" };
});
