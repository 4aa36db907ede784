"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Controller, useForm, useWatch, type FieldErrors } from "react-hook-form";

import { CaptchaField } from "@/components/captcha/captcha-field";
import { HoneypotField } from "@/components/captcha/honeypot-field";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FieldError } from "@/components/forms/field-error";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import type { ActionFailure } from "@/lib/actions/action-result";
import type { UploadLimits } from "@/lib/attachments/upload-limits";
import type { CaptchaConfig } from "@/lib/captcha/captcha-types";
import type { TicketFormOptions } from "@/lib/tickets/list-form-options";
import { newSubmissionKey } from "@/lib/tickets/new-submission-key";
import {
  makeTicketSchema,
  topicShows,
  type TicketFormValues,
  type TicketInput,
} from "@/lib/tickets/ticket-schema";

import { AcknowledgmentView } from "./acknowledgment";
import { createTicketAction } from "./actions";
import { ContactFields } from "./contact-fields";
import { errorId, fieldId, fieldOrder, type FormFieldName } from "./field-ids";
import { FormErrorSummary } from "./form-error-summary";
import { TopicFields } from "./topic-fields";
import { useKeptAcknowledgment } from "./use-kept-acknowledgment";

type TicketFormProps = {
  options: TicketFormOptions;
  captchaConfig: CaptchaConfig;
  uploadLimits: UploadLimits;
};

function emptyValues(): TicketFormValues {
  return {
    email: "",
    fullName: "",
    phone: "",
    topicId: "",
    summary: "",
    details: "",
    attachments: [],
    partnerId: "",
    organisationId: "",
    captcha: "",
    website: "",
    submissionKey: newSubmissionKey(),
  };
}

const errorSummaryId = "ticket-form-errors";

// Custom widgets (CAPTCHA, drop zone) have a focusable wrapper with the field's id.
function focusField(name: FormFieldName) {
  document.getElementById(fieldId(name))?.focus();
}

/** The « Nouveau ticket » form, replaced by the acknowledgment once the ticket exists. */
export function TicketForm({ options, captchaConfig, uploadLimits }: TicketFormProps) {
  const t = useTranslations("ticketForm");
  const topicRules = useMemo(
    () => options.topics.map(({ id, fields }) => ({ id, fields })),
    [options.topics],
  );
  const schema = useMemo(
    () => makeTicketSchema(topicRules, { maxAttachments: uploadLimits.maxFiles }),
    [topicRules, uploadLimits.maxFiles],
  );
  const form = useForm<TicketFormValues, unknown, TicketInput>({
    resolver: zodResolver(schema),
    defaultValues: emptyValues(),
    shouldFocusError: false,
  });
  const { control, formState, handleSubmit, register, reset, setError, setValue } = form;
  const topicId = useWatch({ control, name: "topicId" }) ?? "";

  const [acknowledgment, setAcknowledgment] = useKeptAcknowledgment();
  // Kept across a reload only: leaving the page for another one lets it go.
  useEffect(() => () => setAcknowledgment(null), [setAcknowledgment]);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // Remounts the widgets that keep their own state (drop zone, CAPTCHA, partner search).
  const [resetKey, setResetKey] = useState(0);
  const [captchaResetKey, setCaptchaResetKey] = useState(0);
  const [isUploading, setIsUploading] = useState(false);
  // Marks the form once React drives it: before that, a click would submit it natively.
  const isHydrated = useIsHydrated();

  const isBusy = formState.isSubmitting || isUploading;

  async function submit(values: TicketInput) {
    setFailure(null);
    const result = await createTicketAction(values);
    if (result.ok) {
      setAcknowledgment(result.data);

      return;
    }

    setFailure(result);
    // The answer the server saw may be spent (hCaptcha tokens are single-use), so a fresh
    // challenge is due. It is cleared first, quietly, so the fresh widget's "no answer yet"
    // does not replace the server's message on the field.
    setValue("captcha", "");
    setCaptchaResetKey((key) => key + 1);
    const invalidFields = applyFieldErrors(setError, result.fieldErrors, fieldOrder);

    if (invalidFields.length > 0) focusField(invalidFields[0]);
    else document.getElementById(errorSummaryId)?.focus();
  }

  function focusFirstInvalid(errors: FieldErrors<TicketFormValues>) {
    setFailure(null);
    const first = fieldOrder.find((name) => errors[name]);
    if (first) focusField(first);
  }

  function startOver() {
    reset(emptyValues());
    setFailure(null);
    setResetKey((key) => key + 1);
    setIsUploading(false);
  }

  if (acknowledgment) {
    return (
      <AcknowledgmentView
        acknowledgment={acknowledgment}
        onNewTicket={() => {
          startOver();
          setAcknowledgment(null);
        }}
      />
    );
  }

  const shows = (field: "DETAILS" | "ATTACHMENTS" | "PARTNER" | "ORGANISATION") =>
    topicShows(topicRules, topicId, field);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>

      {failure ? <FormErrorSummary id={errorSummaryId} failure={failure} /> : null}

      <form
        // Never GET: a submission before the page is ready must not put personal data in the URL.
        method="post"
        noValidate
        data-hydrated={isHydrated ? "true" : undefined}
        aria-busy={formState.isSubmitting}
        onSubmit={handleSubmit(submit, focusFirstInvalid)}
        onReset={(event) => {
          event.preventDefault();
          startOver();
          focusField("email");
        }}
        className="relative space-y-6"
      >
        <ContactFields form={form} topics={options.topics} />

        {topicId !== "" && topicRules.some((topic) => topic.id === topicId) ? (
          <TopicFields
            form={form}
            options={options}
            uploadLimits={uploadLimits}
            shows={shows}
            resetKey={resetKey}
            onUploadingChange={setIsUploading}
          />
        ) : null}

        <Controller
          control={control}
          name="captcha"
          render={({ field, fieldState }) => (
            <div id={fieldId("captcha")} tabIndex={-1} className="space-y-2 rounded-md">
              <CaptchaField
                config={captchaConfig}
                resetKey={resetKey * 1000 + captchaResetKey}
                onChange={(payload) => {
                  // A fresh widget reports "no answer"; only a change is worth validating.
                  if ((payload ?? "") !== field.value) field.onChange(payload ?? "");
                }}
                invalid={Boolean(fieldState.error)}
                describedBy={fieldState.error ? errorId("captcha") : undefined}
              />
              <FieldError id={errorId("captcha")} messageKey={fieldState.error?.message} />
            </div>
          )}
        />

        <HoneypotField inputProps={register("website")} />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
          <button
            type="submit"
            disabled={isBusy || !isHydrated}
            className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white shadow hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-70"
          >
            {isBusy ? (
              <span
                aria-hidden="true"
                className="size-4 animate-spin rounded-full border-2 border-white border-t-transparent"
              />
            ) : null}
            {formState.isSubmitting ? t("submitting") : isUploading ? t("uploading") : t("submit")}
          </button>
          <button
            type="reset"
            disabled={formState.isSubmitting}
            className="rounded-md border border-slate-400 bg-white px-5 py-2.5 font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-70"
          >
            {t("reset")}
          </button>
          <Link
            href="/"
            className="rounded-md px-5 py-2.5 font-semibold text-brand-700 underline-offset-4 hover:underline"
          >
            {t("cancel")}
          </Link>
        </div>
      </form>
    </div>
  );
}
