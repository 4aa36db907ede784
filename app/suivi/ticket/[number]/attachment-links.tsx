import { useLocale, useTranslations } from "next-intl";

import { formatFileSize } from "@/components/attachments/format-file-size";

import type { RequesterAttachment } from "@/lib/tracking/get-requester-ticket-view";

/** Download links to the requester's files, served only through their tracking session. */
export function AttachmentLinks({ ticketNumber, attachments }: { ticketNumber: string; attachments: RequesterAttachment[] }) {
  const t = useTranslations("tracking.thread");
  const locale = useLocale();
  if (attachments.length === 0) return null;

  return (
    <ul aria-label={t("attachments")} className="mt-3 space-y-1 text-sm">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <a
            href={`/suivi/ticket/${ticketNumber}/fichiers/${attachment.id}`}
            download
            className="text-brand-700 underline underline-offset-2"
          >
            {attachment.fileName}
          </a>{" "}
          <span className="text-slate-600">
            ({formatFileSize(attachment.size, locale)})
          </span>
        </li>
      ))}
    </ul>
  );
}
