"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

import type { CaptchaConfig } from "@/lib/captcha/captcha-types";

import { AltchaWidget } from "./altcha-widget";
import { HcaptchaWidget } from "./hcaptcha-widget";

type Props = {
  config: CaptchaConfig;
  /** The payload to send as the `captcha` field once solved; null when reset or expired. */
  onChange: (payload: string | null) => void;
  /** Change it to get a fresh widget, e.g. after the form is reset or a payload was used. */
  resetKey: number;
  invalid: boolean;
  describedBy: string | undefined;
};

export function CaptchaField({ config, onChange, resetKey, invalid, describedBy }: Props) {
  const t = useTranslations("captcha");
  const tCommon = useTranslations("common");
  const labelId = useId();
  const hintId = useId();
  const previousResetKey = useRef(resetKey);

  // A new widget means the old payload is gone.
  useEffect(() => {
    if (previousResetKey.current === resetKey) return;

    previousResetKey.current = resetKey;
    onChange(null);
  }, [resetKey, onChange]);

  const isAltcha = config.kind === "altcha";
  const describedByIds = [isAltcha ? hintId : undefined, describedBy].filter(Boolean).join(" ");

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedByIds || undefined}
      className={`space-y-2 rounded-md ${invalid ? "border-2 border-red-700 p-2" : ""}`}
    >
      <p id={labelId} className="font-medium text-slate-900">
        {isAltcha ? t("label") : t("hcaptchaLabel")}
        <span aria-hidden="true"> *</span>
        <span className="sr-only"> ({tCommon("required")})</span>
      </p>
      {isAltcha ? (
        <p id={hintId} className="text-sm text-slate-600">
          {t("hint")}
        </p>
      ) : null}
      {config.kind === "altcha" ? (
        <AltchaWidget key={resetKey} challengeUrl={config.challengeUrl} onChange={onChange} />
      ) : (
        <HcaptchaWidget key={resetKey} siteKey={config.siteKey} onChange={onChange} />
      )}
    </div>
  );
}
