"use client";

import { useTranslations } from "next-intl";

/**
 * A field's label. A required field gets the visible asterisk, hidden from screen readers,
 * which hear the word « obligatoire » instead.
 */
export function FieldLabel({
  htmlFor,
  children,
  isRequired = false,
}: {
  htmlFor: string;
  children: React.ReactNode;
  isRequired?: boolean;
}) {
  const t = useTranslations("common");

  return (
    <label htmlFor={htmlFor} className="block font-medium text-slate-900">
      {children}
      {isRequired ? (
        <>
          <span aria-hidden="true"> *</span>
          <span className="sr-only"> ({t("required")})</span>
        </>
      ) : null}
    </label>
  );
}
