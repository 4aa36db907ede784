"use client";

import { useTranslations } from "next-intl";

import type { ActionFailure } from "@/lib/actions/action-result";

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

/** The message of an action the server refused; nothing while there is none. */
export function FailureMessage({ id, failure }: { id: string; failure: ActionFailure | null }) {
  if (!failure) return null;

  return (
    <FormMessage id={id} kind="error" messageKey={failure.messageKey} values={failure.values} />
  );
}
