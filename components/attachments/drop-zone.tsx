"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

import {
  fileExtension,
  type UploadedFile,
  type UploadLimits,
} from "@/lib/attachments/upload-limits";

import { formatFileSize } from "./format-file-size";
import { discardUpload, startUpload } from "./upload-request";
import { UploadItem } from "./upload-item";

export type { UploadedFile } from "@/lib/attachments/upload-limits";

type Props = {
  limits: UploadLimits;
  /** The files stored so far; only these count as attached. */
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  onBusyChange?: (isBusy: boolean) => void;
  invalid?: boolean;
  describedBy?: string;
  /** Change it to drop every pending upload and message (the form was reset). */
  resetKey?: number;
};

type PendingItem = {
  localId: number;
  fileName: string;
  size: number;
  status: "uploading" | "failed";
  percent: number;
  messageKey?: string;
  values?: Record<string, string | number>;
  abort?: () => void;
  /** Kept when the upload failed on the way (network, server), so it can be tried again. */
  retryFile?: File;
};

// Failures worth another try; a refusal (type, size, content) would only fail again.
const transientFailures = new Set(["attachments.uploadFailed", "attachments.rateLimited"]);

/** Drag-and-drop or picker; each file uploads at once, with its own progress bar. */
export function DropZone({
  limits,
  value,
  onChange,
  onBusyChange,
  invalid,
  describedBy,
  resetKey,
}: Props) {
  const t = useTranslations("attachments");
  const tRoot = useTranslations();
  const locale = useLocale();
  const labelId = useId();
  const limitsId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLButtonElement>(null);
  const nextLocalId = useRef(0);
  const [pending, setPending] = useState<PendingItem[]>([]);
  const [isDragging, setIsDragging] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  // Uploads can finish between two renders; the latest list must not lose one of them. The
  // list is taken from the parent only when the parent hands a new one: a render that still
  // carries the previous list (the parent has not caught up with emit() yet) must not
  // overwrite what emit() just recorded.
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);
  const onChangeRef = useRef(onChange);
  const pendingRef = useRef(pending);
  useEffect(() => {
    onChangeRef.current = onChange;
    pendingRef.current = pending;
  });

  const uploadingCount = pending.filter((item) => item.status === "uploading").length;
  useEffect(() => {
    onBusyChange?.(uploadingCount > 0);
  }, [uploadingCount > 0, onBusyChange]); // eslint-disable-line react-hooks/exhaustive-deps

  const previousResetKey = useRef(resetKey);
  useEffect(() => {
    if (previousResetKey.current === resetKey) return;

    previousResetKey.current = resetKey;
    pendingRef.current.forEach((item) => item.abort?.());
    setPending([]);
    setAnnouncement("");
  }, [resetKey]);

  // Leaving the form (or hiding the zone) stops what is still uploading.
  useEffect(() => () => pendingRef.current.forEach((item) => item.abort?.()), []);

  const maxMb = Math.round((limits.maxFileBytes / 1024 / 1024) * 10) / 10;

  function emit(files: UploadedFile[]) {
    valueRef.current = files;
    onChangeRef.current(files);
  }

  function updatePending(localId: number, change: Partial<PendingItem> | null) {
    setPending((items) =>
      change === null
        ? items.filter((item) => item.localId !== localId)
        : items.map((item) => (item.localId === localId ? { ...item, ...change } : item)),
    );
  }

  function refusal(
    file: File,
    freeSlots: number,
  ): Pick<PendingItem, "messageKey" | "values"> | null {
    if (!limits.acceptedExtensions.includes(fileExtension(file.name)))
      return { messageKey: "attachments.typeNotAllowed" };
    if (file.size > limits.maxFileBytes)
      return { messageKey: "attachments.tooLarge", values: { maxMb } };
    if (file.size === 0) return { messageKey: "attachments.empty" };
    if (freeSlots <= 0)
      return { messageKey: "attachments.tooMany", values: { max: limits.maxFiles } };

    return null;
  }

  function upload(localId: number, file: File) {
    const request = startUpload(file, (percent) => updatePending(localId, { percent }));
    updatePending(localId, { abort: request.abort });
    void request.outcome.then((outcome) => {
      if (outcome.ok) {
        updatePending(localId, null);
        emit([...valueRef.current, outcome.file]);
        setAnnouncement(t("announceUploaded", { fileName: outcome.file.fileName }));
      } else if (outcome.isAborted) {
        updatePending(localId, null);
      } else {
        updatePending(localId, {
          status: "failed",
          messageKey: outcome.messageKey,
          values: outcome.values,
          abort: undefined,
          retryFile: transientFailures.has(outcome.messageKey) ? file : undefined,
        });
        setAnnouncement(
          t("announceFailed", {
            fileName: file.name,
            reason: tRoot(outcome.messageKey, outcome.values),
          }),
        );
      }
    });
  }

  function retry(item: PendingItem) {
    if (!item.retryFile) return;

    updatePending(item.localId, {
      status: "uploading",
      percent: 0,
      messageKey: undefined,
      values: undefined,
      retryFile: undefined,
    });
    upload(item.localId, item.retryFile);
  }

  function addFiles(files: File[]) {
    const uploading = pendingRef.current.filter((item) => item.status === "uploading").length;
    let freeSlots = limits.maxFiles - valueRef.current.length - uploading;
    const added: PendingItem[] = [];
    const accepted: { localId: number; file: File }[] = [];

    for (const file of files) {
      const localId = nextLocalId.current++;
      const refused = refusal(file, freeSlots);
      if (refused) {
        added.push({
          localId,
          fileName: file.name,
          size: file.size,
          status: "failed",
          percent: 0,
          ...refused,
        });
        setAnnouncement(
          t("announceFailed", {
            fileName: file.name,
            reason: tRoot(refused.messageKey ?? "", refused.values),
          }),
        );
        continue;
      }

      freeSlots -= 1;
      added.push({
        localId,
        fileName: file.name,
        size: file.size,
        status: "uploading",
        percent: 0,
      });
      accepted.push({ localId, file });
    }

    // Listed first, so each upload's progress updates find its item.
    setPending((items) => [...items, ...added]);
    for (const { localId, file } of accepted) upload(localId, file);
  }

  function removeUploaded(file: UploadedFile) {
    emit(valueRef.current.filter((candidate) => candidate.id !== file.id));
    discardUpload(file.id);
    setAnnouncement(t("announceRemoved", { fileName: file.fileName }));
    pickerRef.current?.focus();
  }

  function removePending(item: PendingItem) {
    item.abort?.();
    updatePending(item.localId, null);
    setAnnouncement(t("announceRemoved", { fileName: item.fileName }));
    pickerRef.current?.focus();
  }

  const hasItems = value.length > 0 || pending.length > 0;

  return (
    <div className="space-y-3">
      <p id={labelId} className="font-medium text-slate-900">
        {t("label")}
      </p>
      <div
        role="group"
        aria-labelledby={labelId}
        onDragEnter={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null))
            setIsDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setIsDragging(false);
          addFiles(Array.from(event.dataTransfer.files));
        }}
        className={`rounded-md border-2 border-dashed p-6 text-center ${
          isDragging
            ? "border-brand-600 bg-brand-50"
            : invalid
              ? "border-red-700 bg-white"
              : "border-slate-400 bg-white"
        }`}
      >
        <p className="text-slate-800">
          {isDragging
            ? t("dropActive")
            : t.rich("dropPrompt", {
                picker: (chunks) => (
                  <button
                    ref={pickerRef}
                    type="button"
                    onClick={() => inputRef.current?.click()}
                    aria-describedby={[limitsId, describedBy].filter(Boolean).join(" ")}
                    className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800"
                  >
                    {chunks}
                  </button>
                ),
              })}
        </p>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label={t("pickerInputLabel")}
          accept={limits.acceptedExtensions.map((extension) => `.${extension}`).join(",")}
          onChange={(event) => {
            addFiles(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
      </div>
      <div id={limitsId} className="space-y-1 text-sm text-slate-600">
        <p>
          {t("limits", {
            maxFiles: limits.maxFiles,
            maxSize: formatFileSize(limits.maxFileBytes, locale),
          })}
        </p>
        <p>{t("types")}</p>
      </div>
      {hasItems ? (
        <ul aria-label={t("listLabel")} className="space-y-2">
          {value.map((file) => (
            <UploadItem
              key={file.id}
              item={{ ...file, status: "done" }}
              onRemove={() => removeUploaded(file)}
            />
          ))}
          {pending.map((item) => (
            <UploadItem
              key={item.localId}
              item={item}
              onRemove={() => removePending(item)}
              onRetry={item.retryFile ? () => retry(item) : undefined}
            />
          ))}
        </ul>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
