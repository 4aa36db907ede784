"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

import { honeypotFieldName } from "@/lib/captcha/honeypot";

type Props = { inputProps: React.InputHTMLAttributes<HTMLInputElement> };

/**
 * A text field people never see nor reach with the keyboard; automated form fillers tend
 * to fill it, and the server refuses the submission when they do.
 */
export function HoneypotField({ inputProps }: Props) {
  const t = useTranslations("captcha");
  const id = useId();

  return (
    <div aria-hidden="true" className="absolute top-auto -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={id}>{t("honeypotLabel")}</label>
      <input
        name={honeypotFieldName}
        {...inputProps}
        id={id}
        type="text"
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  );
}
