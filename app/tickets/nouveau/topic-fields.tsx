"use client";

import { useTranslations } from "next-intl";
import { Controller, type UseFormReturn } from "react-hook-form";

import { describedBy } from "@/components/forms/described-by";
import { fieldsetClass, inputClass, legendClass } from "@/components/forms/field-classes";
import { FieldError } from "@/components/forms/field-error";
import { FieldHint } from "@/components/forms/field-hint";
import { FieldLabel } from "@/components/forms/field-label";
import type { UploadLimits } from "@/lib/attachments/upload-limits";
import type { TicketFormOptions } from "@/lib/tickets/list-form-options";
import type { TicketFormValues, TicketInput, TopicFieldName } from "@/lib/tickets/ticket-schema";

import { AttachmentsField } from "./attachments-field";
import { errorId, fieldId, hintId } from "./field-ids";
import { PartnerCombobox } from "./partner-combobox";

type TopicFieldsProps = {
  form: UseFormReturn<TicketFormValues, unknown, TicketInput>;
  options: TicketFormOptions;
  uploadLimits: UploadLimits;
  shows: (field: TopicFieldName) => boolean;
  resetKey: number;
  onUploadingChange: (isUploading: boolean) => void;
};

/** The fields the chosen topic asks for, as in the seed guide. */
export function TopicFields({
  form,
  options,
  uploadLimits,
  shows,
  resetKey,
  onUploadingChange,
}: TopicFieldsProps) {
  const t = useTranslations("ticketForm");
  const { control, register, formState } = form;
  const errors = formState.errors;

  return (
    <>
      <fieldset className={fieldsetClass} aria-describedby="ticket-details-intro">
        <legend className={legendClass}>{t("detailsLegend")}</legend>
        <p id="ticket-details-intro" className="text-slate-700">
          {t("detailsIntro")}
        </p>

        <div className="space-y-1">
          <FieldLabel htmlFor={fieldId("summary")} isRequired>
            {t("summary")}
          </FieldLabel>
          <input
            id={fieldId("summary")}
            type="text"
            aria-required="true"
            aria-invalid={Boolean(errors.summary)}
            aria-describedby={describedBy(errors.summary && errorId("summary"))}
            className={inputClass}
            {...register("summary")}
          />
          <FieldError id={errorId("summary")} messageKey={errors.summary?.message} />
        </div>

        {shows("DETAILS") ? (
          <div className="space-y-1">
            <FieldLabel htmlFor={fieldId("details")}>{t("details")}</FieldLabel>
            <FieldHint id={hintId("details")}>{t("detailsHint")}</FieldHint>
            <textarea
              id={fieldId("details")}
              rows={7}
              aria-invalid={Boolean(errors.details)}
              aria-describedby={describedBy(
                hintId("details"),
                errors.details && errorId("details"),
              )}
              className={inputClass}
              {...register("details")}
            />
            <FieldError id={errorId("details")} messageKey={errors.details?.message} />
          </div>
        ) : null}

        {shows("ATTACHMENTS") ? (
          <Controller
            control={control}
            name="attachments"
            render={({ field, fieldState }) => (
              <div id={fieldId("attachments")} tabIndex={-1} className="space-y-1 rounded-md">
                <AttachmentsField
                  key={resetKey}
                  limits={uploadLimits}
                  onChange={field.onChange}
                  onBusyChange={onUploadingChange}
                  isInvalid={Boolean(fieldState.error)}
                  describedBy={fieldState.error ? errorId("attachments") : undefined}
                />
                <FieldError id={errorId("attachments")} messageKey={fieldState.error?.message} />
              </div>
            )}
          />
        ) : null}
      </fieldset>

      {shows("PARTNER") ? (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>{t("partnerLegend")}</legend>
          <div className="space-y-1">
            <FieldLabel htmlFor={fieldId("partnerId")} isRequired>
              {t("partnerName")}
            </FieldLabel>
            <FieldHint id={hintId("partnerId")}>{t("partnerSearchHint")}</FieldHint>
            <Controller
              control={control}
              name="partnerId"
              render={({ field, fieldState }) => (
                <PartnerCombobox
                  key={resetKey}
                  id={fieldId("partnerId")}
                  partners={options.partners}
                  value={field.value ?? ""}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  isInvalid={Boolean(fieldState.error)}
                  describedBy={
                    describedBy(hintId("partnerId"), fieldState.error && errorId("partnerId")) ?? ""
                  }
                />
              )}
            />
            <FieldError id={errorId("partnerId")} messageKey={errors.partnerId?.message} />
          </div>
        </fieldset>
      ) : null}

      {shows("ORGANISATION") ? (
        <fieldset className={fieldsetClass}>
          <legend className={legendClass}>{t("organisationLegend")}</legend>
          <div className="space-y-1">
            <FieldLabel htmlFor={fieldId("organisationId")} isRequired>
              {t("organisation")}
            </FieldLabel>
            <select
              id={fieldId("organisationId")}
              aria-required="true"
              aria-invalid={Boolean(errors.organisationId)}
              aria-describedby={describedBy(errors.organisationId && errorId("organisationId"))}
              className={inputClass}
              {...register("organisationId")}
            >
              <option value="">{t("topicPlaceholder")}</option>
              {options.organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
            <FieldError
              id={errorId("organisationId")}
              messageKey={errors.organisationId?.message}
            />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
