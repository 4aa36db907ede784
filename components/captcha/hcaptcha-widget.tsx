"use client";

import HCaptcha from "@hcaptcha/react-hcaptcha";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

type Props = {
  siteKey: string;
  onChange: (payload: string | null) => void;
};

/** hCaptcha's widget; offline its script never loads, and we say so instead of hanging. */
export function HcaptchaWidget({ siteKey, onChange }: Props) {
  const t = useTranslations("captcha");
  const locale = useLocale();
  const [hasLoadFailed, setHasLoadFailed] = useState(false);

  return (
    <div>
      <HCaptcha
        sitekey={siteKey}
        languageOverride={locale}
        sentry={false}
        onVerify={(token) => {
          setHasLoadFailed(false);
          onChange(token);
        }}
        onExpire={() => onChange(null)}
        onChalExpired={() => onChange(null)}
        onError={() => {
          setHasLoadFailed(true);
          onChange(null);
        }}
      />
      {hasLoadFailed ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("loadFailed")}
        </p>
      ) : null}
    </div>
  );
}
