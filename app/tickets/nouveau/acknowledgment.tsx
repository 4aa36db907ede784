"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { Acknowledgment } from "@/lib/tickets/acknowledgment";

type AcknowledgmentViewProps = { acknowledgment: Acknowledgment; onNewTicket: () => void };

/** Shown in place of the form once the ticket exists: its number, what was sent, what next. */
export function AcknowledgmentView({ acknowledgment, onNewTicket }: AcknowledgmentViewProps) {
  const t = useTranslations("acknowledgment");
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form the person was in has gone: move them, and their screen reader, to the news.
  useEffect(() => {
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);

  const rows: Array<[string, string | null]> = [
    [t("topic"), acknowledgment.topicName],
    [t("summary"), acknowledgment.summary],
    [t("details"), acknowledgment.detailsExcerpt || null],
    [t("partner"), acknowledgment.partnerName],
    [t("organisation"), acknowledgment.organisationName],
    [t("email"), acknowledgment.email],
  ];

  return (
    <div className="space-y-6" data-ticket-number={acknowledgment.number}>
      <div className="space-y-2">
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-bold text-slate-900">
          {t("title", { number: acknowledgment.number })}
        </h1>
        <p className="text-slate-700">{t("numberHint")}</p>
      </div>

      <section
        aria-labelledby="acknowledgment-sent"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="acknowledgment-sent" className="text-xl font-semibold text-slate-900">
          {t("sentTitle")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm font-semibold text-slate-600">{t("number")}</dt>
          <dd className="font-mono text-lg font-semibold tracking-wider text-slate-900">
            {acknowledgment.number}
          </dd>
          {rows
            .filter((row): row is [string, string] => row[1] !== null)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-slate-600">{label}</dt>
                <dd className="break-words whitespace-pre-line text-slate-900">{value}</dd>
              </div>
            ))}
          <dt className="text-sm font-semibold text-slate-600">{t("attachments")}</dt>
          <dd className="text-slate-900">
            {acknowledgment.attachmentNames.length > 0 ? (
              <ul className="list-disc pl-5">
                {acknowledgment.attachmentNames.map((name) => (
                  <li key={name} className="break-all">
                    {name}
                  </li>
                ))}
              </ul>
            ) : (
              t("noAttachments")
            )}
          </dd>
        </dl>
      </section>

      <section
        aria-labelledby="acknowledgment-next"
        className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6"
      >
        <h2 id="acknowledgment-next" className="text-xl font-semibold text-slate-900">
          {t("nextTitle")}
        </h2>
        <p className="text-slate-800">{t("nextEmail", { email: acknowledgment.email })}</p>
        <p className="text-slate-800">
          {acknowledgment.groupName
            ? t("nextRoutedGroup", { group: acknowledgment.groupName })
            : t("nextRoutedSupport")}
        </p>
        <p className="text-sm text-slate-700">{t("nextSpam")}</p>
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onNewTicket}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white shadow hover:bg-brand-800"
        >
          {t("newTicket")}
        </button>
        <Link
          href="/suivi"
          className="rounded-md px-5 py-2.5 font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("trackLink")}
        </Link>
        <Link
          href="/"
          className="rounded-md px-5 py-2.5 font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
