"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore, type InputHTMLAttributes } from "react";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  /** Full catalogue key of the field's error, if any. */
  errorKey?: string;
};

/** A labelled input whose hint and error are announced with it. */
export function TextField({ id, label, hint, errorKey, ...input }: TextFieldProps) {
  const t = useTranslations();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorKey ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...input}
      />
      {errorKey ? (
        <p id={errorId} className="text-sm text-red-700">
          {t(errorKey)}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message of an action: an error (alert) or a confirmation (status). */
export function FormMessage({
  id,
  kind,
  messageKey,
  values,
}: {
  id: string;
  kind: "error" | "success";
  messageKey: string;
  values?: Record<string, string | number>;
}) {
  const t = useTranslations();
  const isError = kind === "error";

  return (
    <p
      id={id}
      role={isError ? "alert" : "status"}
      className={
        isError
          ? "rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900"
          : "rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900"
      }
    >
      {t(messageKey, values)}
    </p>
  );
}

const noSubscription = () => () => {};

/**
 * True once React drives the page. Forms expose it as data-hydrated, so tests (and people
 * on slow phones) do not submit natively before the handlers exist.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
