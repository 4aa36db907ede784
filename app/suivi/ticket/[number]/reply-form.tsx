"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";

import { DropZone } from "@/components/attachments/drop-zone";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FieldError } from "@/components/forms/field-error";
import { FailureMessage, FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import type { UploadedFile, UploadLimits } from "@/lib/attachments/upload-limits";
import {
  requesterMessageSchema,
  type RequesterMessageInput,
} from "@/lib/tracking/requester-message-schema";

import { addRequesterMessageAction } from "./actions";

/** « Ajouter des informations »: a message and files, with the creation form's drop zone. */
export function ReplyForm({
  ticketNumber,
  limits,
}: {
  ticketNumber: string;
  limits: UploadLimits;
}) {
  const t = useTranslations();
  const isHydrated = useIsHydrated();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ isReopened: boolean }> | null>(null);
  const [isUploading, setIsUploading] = useState(false);
  // The drop zone keeps its files (names, progress); the form keeps only their claim tokens.
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [resetKey, setResetKey] = useState(0);
  const form = useForm<RequesterMessageInput>({
    resolver: zodResolver(requesterMessageSchema),
    defaultValues: { body: "", claimTokens: [] },
  });
  const { errors, isSubmitting } = form.formState;
  const bodyError = errors.body?.message;
  const filesError = errors.claimTokens?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    const outcome = await addRequesterMessageAction(ticketNumber, values);
    setResult(outcome);
    if (!outcome.ok) {
      applyFieldErrors(form.setError, outcome.fieldErrors, ["body"]);

      return;
    }

    form.reset({ body: "", claimTokens: [] });
    setFiles([]);
    setResetKey((key) => key + 1);
    router.refresh();
  });

  return (
    <form
      method="post"
      data-hydrated={isHydrated}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
    >
      <TextAreaField
        id="reply-body"
        label={t("tracking.reply.body")}
        rows={6}
        errorKey={bodyError}
        {...form.register("body")}
      />

      <Controller
        control={form.control}
        name="claimTokens"
        render={({ field }) => (
          <DropZone
            limits={limits}
            value={files}
            onChange={(next) => {
              setFiles(next);
              field.onChange(next.map((file) => file.id));
            }}
            onBusyChange={setIsUploading}
            invalid={Boolean(filesError)}
            describedBy={filesError ? "reply-files-error" : undefined}
            resetKey={resetKey}
          />
        )}
      />
      <FieldError id="reply-files-error" messageKey={filesError} />

      {result?.ok ? (
        <FormMessage
          id="reply-result"
          kind="success"
          messageKey={
            result.data.isReopened ? "tracking.reply.sentReopened" : "tracking.reply.sent"
          }
        />
      ) : (
        <FailureMessage id="reply-result" failure={result} />
      )}

      <button
        type="submit"
        disabled={isSubmitting || isUploading}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isUploading ? t("tracking.reply.waitUploads") : t("tracking.reply.submit")}
      </button>
    </form>
  );
}
