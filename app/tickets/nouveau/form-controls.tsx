"use client";

import { useTranslations } from "next-intl";

// Small building blocks so every field of the form is labelled, hinted and reports its error
// the same way: the error is linked with aria-describedby and the field gets aria-invalid.

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

export const fieldsetClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
export const legendClass = "px-1 text-lg font-semibold text-slate-900";

export function FieldLabel({
  htmlFor,
  children,
  isRequired = false,
}: {
  htmlFor: string;
  children: React.ReactNode;
  isRequired?: boolean;
}) {
  const t = useTranslations("ticketForm");

  return (
    <label htmlFor={htmlFor} className="block font-medium text-slate-900">
      {children}
      {isRequired ? (
        <>
          <span aria-hidden="true"> *</span>
          <span className="sr-only"> ({t("requiredMark")})</span>
        </>
      ) : null}
    </label>
  );
}

export function FieldHint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="text-sm text-slate-600">
      {children}
    </p>
  );
}

/** Shows a message key ("ticketForm.errors.emailInvalid") in the active language. */
export function FieldError({ id, messageKey }: { id: string; messageKey: string | undefined }) {
  const t = useTranslations();
  if (!messageKey) return null;

  return (
    <p id={id} className="flex gap-1 text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠</span>
      {t(messageKey)}
    </p>
  );
}

/** The ids a field points at: its hint when there is one, its error when there is one. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean).join(" ");

  return present === "" ? undefined : present;
}
