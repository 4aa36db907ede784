"use server";

import { cookies } from "next/headers";

import { isLocale, localeCookie } from "@/i18n/locales";

// Setting a cookie in an action makes Next render the current page again with it, in place:
// the page switches language and what the person typed in its forms stays.
export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;

  (await cookies()).set(localeCookie, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
