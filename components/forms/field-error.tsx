"use client";

import { useTranslations } from "next-intl";

/**
 * A field's error, from its full catalogue key ("ticketForm.errors.emailInvalid") in the
 * active language; nothing when there is none. The field lists its id in aria-describedby.
 */
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
