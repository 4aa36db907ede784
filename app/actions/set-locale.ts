"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { isLocale, localeCookie } from "@/i18n/locales";

export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(localeCookie, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    });
  }

  // Stay on the page the switch was used from, but only ever redirect within the site.
  const referer = (await headers()).get("referer");
  const path = referer ? new URL(referer).pathname : "/";
  redirect(path.startsWith("/") ? path : "/");
}
