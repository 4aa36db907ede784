"use client";

import { useTranslations } from "next-intl";

import type { ActionFailure } from "@/lib/actions/action-result";

import { fieldId, fieldOrder } from "./field-ids";

/**
 * The server's answer when it refused the ticket: its message, then each field error as a
 * link to the field, so a screen reader user can jump straight to what needs fixing.
 */
export function FormErrorSummary({ failure, id }: { failure: ActionFailure; id: string }) {
  const t = useTranslations();
  const fieldErrors = fieldOrder.filter((name) => failure.fieldErrors[name]);

  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900"
    >
      <p className="font-semibold">{t("ticketForm.errorSummaryTitle")}</p>
      <p>{t(failure.messageKey, failure.values)}</p>
      {fieldErrors.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {fieldErrors.map((name) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`} className="underline underline-offset-2">
                {t(failure.fieldErrors[name])}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
