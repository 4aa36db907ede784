import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFound")}</p>
      <Link href="/" className="font-semibold text-brand-700 underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
