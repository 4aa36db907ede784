import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = await getLocale();

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/tickets/nouveau" className="text-brand-700 underline-offset-4 hover:underline">
            {t("newTicket")}
          </Link>
          <Link href="/suivi" className="text-brand-700 underline-offset-4 hover:underline">
            {t("trackTicket")}
          </Link>
          <LanguageSwitch current={locale} label={t("language")} />
        </nav>
      </div>
    </header>
  );
}
