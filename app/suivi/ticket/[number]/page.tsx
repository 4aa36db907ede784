import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";

import { getUploadLimits } from "@/lib/attachments/get-upload-limits";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { requireRequesterTicket, type RequesterTicket } from "@/lib/requester-access/require-requester-ticket";
import { getRequesterTicketView } from "@/lib/tracking/get-requester-ticket-view";

import { leaveTrackingAction } from "./actions";
import { AttachmentLinks } from "./attachment-links";
import { CloseTicketForm } from "./close-ticket-form";
import { ReplyForm } from "./reply-form";
import { TicketThread } from "./ticket-thread";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("tracking");
  const { number } = await params;

  return { title: t("ticket.title", { number }), robots: { index: false } };
}

const zurich = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Zurich" } as const;

export default async function RequesterTicketPage({ params }: { params: Params }) {
  const { number } = await params;

  let access: RequesterTicket | null = null;
  try {
    access = await requireRequesterTicket(number);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  // Same answer for a missing session, another ticket's session and an unknown number.
  if (!access) redirect("/suivi?acces=refuse");

  const ticket = await getRequesterTicketView(db, { ticketId: access.ticketId });
  if (!ticket) redirect("/suivi?acces=refuse");

  const t = await getTranslations("tracking");
  const format = await getFormatter();
  const locale = await getLocale();
  const isClosed = ticket.status === "CLOSED";

  const facts = [
    { label: t("ticket.topic"), value: locale === "fr" ? ticket.topic.nameFr : ticket.topic.nameEn },
    ...(ticket.partnerName ? [{ label: t("ticket.partner"), value: ticket.partnerName }] : []),
    { label: t("ticket.status"), value: t(`status.${ticket.status}`) },
    { label: t("ticket.createdAt"), value: format.dateTime(ticket.createdAt, zurich) },
    { label: t("ticket.updatedAt"), value: format.dateTime(ticket.updatedAt, zurich) },
  ];

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold text-slate-900">{t("ticket.title", { number: ticket.number })}</h1>
          <form action={leaveTrackingAction}>
            <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-brand-700 underline underline-offset-4">
              {t("ticket.leave")}
            </button>
          </form>
        </div>
        <p className="text-lg text-slate-800">{ticket.summary}</p>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[auto_1fr]">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-medium text-slate-600">{fact.label}</dt>
              <dd className="text-slate-900" data-testid={fact.label === t("ticket.status") ? "ticket-status" : undefined}>
                {fact.value}
              </dd>
            </div>
          ))}
        </dl>
        <AttachmentLinks ticketNumber={ticket.number} attachments={ticket.attachments} />
      </section>

      <section aria-labelledby="thread-heading" className="space-y-4">
        <h2 id="thread-heading" className="text-xl font-semibold text-slate-900">
          {t("thread.title")}
        </h2>
        <TicketThread ticketNumber={ticket.number} entries={ticket.entries} />
      </section>

      {isClosed ? (
        <section className="space-y-2 rounded-lg border border-slate-300 bg-slate-100 p-4">
          <p className="font-medium text-slate-900">{t("closed.message")}</p>
          <Link href="/tickets/nouveau" className="text-brand-700 underline underline-offset-4">
            {t("closed.newTicket")}
          </Link>
        </section>
      ) : (
        <>
          <section aria-labelledby="reply-heading" className="space-y-4">
            <h2 id="reply-heading" className="text-xl font-semibold text-slate-900">
              {t("reply.title")}
            </h2>
            <ReplyForm ticketNumber={ticket.number} limits={getUploadLimits()} />
          </section>
          <CloseTicketForm ticketNumber={ticket.number} />
        </>
      )}
    </div>
  );
}
