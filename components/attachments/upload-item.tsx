"use client";

import { useLocale, useTranslations } from "next-intl";

import { formatFileSize } from "./format-file-size";

export type UploadItemView = {
  fileName: string;
  size: number;
  status: "uploading" | "failed" | "done";
  percent?: number;
  messageKey?: string;
  values?: Record<string, string | number>;
};

type Props = { item: UploadItemView; onRemove: () => void; onRetry?: () => void };

/** One file in the drop zone's list: its progress, its error, and a button to take it out. */
export function UploadItem({ item, onRemove, onRetry }: Props) {
  const t = useTranslations("attachments");
  const tRoot = useTranslations();
  const locale = useLocale();
  const { fileName, status } = item;
  const percent = item.percent ?? 0;
  const buttonText =
    status === "uploading"
      ? t("cancelShort")
      : status === "failed"
        ? t("dismissShort")
        : t("removeShort");
  const buttonLabel =
    status === "uploading"
      ? t("cancelUpload", { fileName })
      : status === "failed"
        ? t("dismiss", { fileName })
        : t("remove", { fileName });

  return (
    <li
      className={`space-y-2 rounded-md border bg-white p-3 ${status === "failed" ? "border-red-700" : "border-slate-300"}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium break-words text-slate-900">{fileName}</p>
          <p className="text-sm text-slate-600">
            {formatFileSize(item.size, locale)}
            {status === "uploading" ? ` · ${t("uploading", { percent })}` : null}
            {status === "done" ? ` · ${t("uploaded")}` : null}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          {onRetry ? (
            <button
              type="button"
              onClick={onRetry}
              aria-label={t("retry", { fileName })}
              className="rounded-md border border-brand-700 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
            >
              {t("retryShort")}
            </button>
          ) : null}
          <button
            type="button"
            onClick={onRemove}
            aria-label={buttonLabel}
            className="shrink-0 rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {buttonText}
          </button>
        </div>
      </div>
      {status === "uploading" ? (
        <div
          role="progressbar"
          aria-label={t("progressLabel", { fileName })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full bg-brand-600 transition-[width]"
            style={{ width: `${percent}%` }}
          />
        </div>
      ) : null}
      {status === "failed" && item.messageKey ? (
        <p className="text-sm text-red-700">{tRoot(item.messageKey, item.values)}</p>
      ) : null}
    </li>
  );
}
