import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { getMailboxMessage } from "@/lib/mail/get-mailbox-message";
import { isLocalMailboxEnabled } from "@/lib/mail/is-local-mailbox-enabled";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");

  return { title: t("title"), robots: { index: false } };
}

/** One view of the message (HTML, links, text), headed so the page can be browsed by heading. */
function MailboxSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section className="space-y-2" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function MailboxMessagePage({ params }: Props) {
  if (!isLocalMailboxEnabled()) notFound();

  const { id } = await params;
  const message = await getMailboxMessage(id);
  if (!message) notFound();

  const t = await getTranslations("mailbox");
  const format = await getFormatter();

  return (
    <article className="space-y-6">
      <Link
        href="/boite-mail"
        className="text-sm text-brand-700 underline-offset-4 hover:underline"
      >
        ← {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold break-words text-slate-900">{message.subject}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
          <dt className="font-semibold">{t("to")}</dt>
          <dd className="break-all">{message.toAddress}</dd>
          <dt className="font-semibold">{t("date")}</dt>
          <dd>
            <time dateTime={message.createdAt.toISOString()}>
              {format.dateTime(message.createdAt, { dateStyle: "full", timeStyle: "medium" })}
            </time>
          </dd>
        </dl>
      </header>
      <MailboxSection id="mailbox-html" title={t("htmlVersion")}>
        {/* No scripts or same-origin access; its links open in a new tab, as in a mail client. */}
        <iframe
          title={t("frameTitle", { subject: message.subject })}
          srcDoc={message.html}
          sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
          className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white"
        />
      </MailboxSection>
      <MailboxSection id="mailbox-links" title={t("links")}>
        {message.links.length === 0 ? (
          <p className="text-slate-700">{t("noLinks")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {message.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all text-brand-700 underline underline-offset-4">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </MailboxSection>
      <MailboxSection id="mailbox-text" title={t("textVersion")}>
        <pre className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm break-words whitespace-pre-wrap">
          {message.text}
        </pre>
      </MailboxSection>
    </article>
  );
}
