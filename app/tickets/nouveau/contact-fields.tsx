"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";

import { describedBy } from "@/components/forms/described-by";
import { fieldsetClass, inputClass, legendClass } from "@/components/forms/field-classes";
import { FieldError } from "@/components/forms/field-error";
import { FieldHint } from "@/components/forms/field-hint";
import { FieldLabel } from "@/components/forms/field-label";
import type { FormTopic } from "@/lib/tickets/list-form-options";
import type { TicketFormValues, TicketInput } from "@/lib/tickets/ticket-schema";

import { errorId, fieldId, hintId } from "./field-ids";

type TicketFormApi = UseFormReturn<TicketFormValues, unknown, TicketInput>;

/** Who is asking, and about what: the fields every topic shares. */
export function ContactFields({ form, topics }: { form: TicketFormApi; topics: FormTopic[] }) {
  const t = useTranslations("ticketForm");
  const { register, formState, control } = form;
  const errors = formState.errors;
  const topicId = useWatch({ control, name: "topicId" }) ?? "";
  const chosenTopic = topics.find((topic) => topic.id === topicId);

  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{t("contactLegend")}</legend>

      <div className="space-y-1">
        <FieldLabel htmlFor={fieldId("email")} isRequired>
          {t("email")}
        </FieldLabel>
        <FieldHint id={hintId("email")}>{t("emailHint")}</FieldHint>
        <input
          id={fieldId("email")}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          aria-required="true"
          aria-invalid={Boolean(errors.email)}
          aria-describedby={describedBy(hintId("email"), errors.email && errorId("email"))}
          className={inputClass}
          {...register("email")}
        />
        <FieldError id={errorId("email")} messageKey={errors.email?.message} />
      </div>

      <div className="space-y-1">
        <FieldLabel htmlFor={fieldId("fullName")} isRequired>
          {t("fullName")}
        </FieldLabel>
        <input
          id={fieldId("fullName")}
          type="text"
          autoComplete="name"
          aria-required="true"
          aria-invalid={Boolean(errors.fullName)}
          aria-describedby={describedBy(errors.fullName && errorId("fullName"))}
          className={inputClass}
          {...register("fullName")}
        />
        <FieldError id={errorId("fullName")} messageKey={errors.fullName?.message} />
      </div>

      <div className="space-y-1">
        <FieldLabel htmlFor={fieldId("phone")}>{t("phone")}</FieldLabel>
        <FieldHint id={hintId("phone")}>{t("phoneHint")}</FieldHint>
        <input
          id={fieldId("phone")}
          type="tel"
          autoComplete="tel"
          aria-invalid={Boolean(errors.phone)}
          aria-describedby={describedBy(hintId("phone"), errors.phone && errorId("phone"))}
          className={`${inputClass} sm:max-w-xs`}
          {...register("phone")}
        />
        <FieldError id={errorId("phone")} messageKey={errors.phone?.message} />
      </div>

      <div className="space-y-1">
        <FieldLabel htmlFor={fieldId("topicId")} isRequired>
          {t("topic")}
        </FieldLabel>
        <select
          id={fieldId("topicId")}
          aria-required="true"
          aria-invalid={Boolean(errors.topicId)}
          aria-describedby={describedBy(
            chosenTopic && hintId("topicId"),
            errors.topicId && errorId("topicId"),
          )}
          className={inputClass}
          {...register("topicId")}
        >
          <option value="">{t("topicPlaceholder")}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
        <FieldError id={errorId("topicId")} messageKey={errors.topicId?.message} />
        {chosenTopic ? (
          <FieldHint id={hintId("topicId")}>{chosenTopic.description}</FieldHint>
        ) : (
          <dl className="space-y-2 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
            {topics.map((topic) => (
              <div key={topic.id}>
                <dt className="font-semibold text-slate-900">{topic.name}</dt>
                <dd>{topic.description}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </fieldset>
  );
}
