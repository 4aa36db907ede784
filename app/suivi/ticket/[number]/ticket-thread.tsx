import { useFormatter, useTranslations } from "next-intl";

import type { RequesterThreadEntry } from "@/lib/tracking/get-requester-ticket-view";

import { AttachmentLinks } from "./attachment-links";
import { MessageBody } from "./message-body";

const zurich = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Zurich" } as const;

/** The public thread, oldest first: messages, staff replies and neutral system lines. */
export function TicketThread({ ticketNumber, entries }: { ticketNumber: string; entries: RequesterThreadEntry[] }) {
  const t = useTranslations("tracking.thread");
  const format = useFormatter();

  if (entries.length === 0) return <p className="text-slate-700">{t("empty")}</p>;

  return (
    <ol className="space-y-4">
      {entries.map((entry) => {
        const when = (
          <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, zurich)}</time>
        );

        if (entry.kind === "SYSTEM_EVENT") {
          return (
            <li key={entry.id} className="text-center text-sm text-slate-600">
              {t(`events.${entry.eventType ?? "routed"}`)} · {when}
            </li>
          );
        }

        const isStaff = entry.kind === "STAFF_REPLY";
        const author = entry.authorName ?? t("supportTeam");

        return (
          <li
            key={entry.id}
            className={
              isStaff
                ? "rounded-lg border border-brand-100 bg-brand-50 p-4"
                : "rounded-lg border border-slate-200 bg-white p-4"
            }
          >
            <article aria-label={t(isStaff ? "staffReplyBy" : "messageBy", { author })}>
              <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-semibold text-slate-900">
                  {author}
                  {isStaff ? <span className="ml-2 font-normal text-slate-600">{t("staffBadge")}</span> : null}
                </span>
                <span className="text-slate-600">{when}</span>
              </header>
              <MessageBody text={entry.body} />
              <AttachmentLinks ticketNumber={ticketNumber} attachments={entry.attachments} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
