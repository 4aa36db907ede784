import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { isLocalMailboxEnabled } from "@/lib/mail/is-local-mailbox-enabled";
import { listMailboxMessages } from "@/lib/mail/list-mailbox-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");

  return { title: t("title"), robots: { index: false } };
}

export default async function MailboxPage() {
  if (!isLocalMailboxEnabled()) notFound();

  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const messages = await listMailboxMessages();

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-600">{t("count", { count: messages.length })}</p>
      </header>
      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("title")}>
          {messages.map((message) => (
            <li key={message.id}>
              <Link
                href={`/boite-mail/${message.id}`}
                className="block space-y-1 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
              >
                <span className="block font-semibold break-words text-brand-800">{message.subject}</span>
                <span className="flex flex-wrap gap-x-4 text-sm text-slate-600">
                  <span>
                    {t("to")} : {message.toAddress}
                  </span>
                  <time dateTime={message.createdAt.toISOString()}>
                    {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
