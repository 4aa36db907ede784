import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LookupForm } from "./lookup-form";
import { ResendLinkForm } from "./resend-link-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tracking");

  return { title: t("lookup.title") };
}

// Notices the other tracking pages send people back here with.
const notices = {
  lien: { invalide: "notices.linkInvalid" },
  acces: { refuse: "notices.accessRefused" },
  suivi: { termine: "notices.signedOut" },
} as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function noticeKey(params: Record<string, string | string[] | undefined>) {
  for (const [param, values] of Object.entries(notices)) {
    const value = params[param];
    if (typeof value === "string" && value in values) return values[value as keyof typeof values];
  }

  return null;
}

export default async function TrackingLookupPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("tracking");
  const notice = noticeKey(await searchParams);

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold text-slate-900">{t("lookup.title")}</h1>
        <p className="text-slate-700">{t("lookup.intro")}</p>
      </section>

      {notice ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {t(notice)}
        </p>
      ) : null}

      <LookupForm />

      <section aria-labelledby="resend-heading" className="space-y-3 border-t border-slate-200 pt-6">
        <h2 id="resend-heading" className="text-xl font-semibold text-slate-900">
          {t("resend.title")}
        </h2>
        <p className="text-slate-700">{t("resend.intro")}</p>
        <ResendLinkForm />
      </section>
    </div>
  );
}
