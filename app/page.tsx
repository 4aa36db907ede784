import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <Link
          href="/tickets/nouveau"
          className="block rounded-lg bg-brand-700 p-5 text-white shadow hover:bg-brand-800"
        >
          <span className="block text-xl font-semibold">{t("newTicket")}</span>
          <span className="mt-1 block text-sm">{t("newTicketHint")}</span>
        </Link>
        <Link
          href="/suivi"
          className="block rounded-lg border border-brand-700 bg-white p-5 text-brand-800 shadow-sm hover:bg-brand-50"
        >
          <span className="block text-xl font-semibold">{t("trackTicket")}</span>
          <span className="mt-1 block text-sm">{t("trackTicketHint")}</span>
        </Link>
      </div>
    </div>
  );
}
