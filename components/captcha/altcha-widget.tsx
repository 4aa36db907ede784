"use client";

import type {} from "altcha/types/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type AltchaStateDetail = { state?: string; payload?: string };

type Props = {
  challengeUrl: string;
  onChange: (payload: string | null) => void;
};

// The widget's checkbox carries its own label; our catalogue supplies its strings.
const widgetConfiguration = JSON.stringify({ hideFooter: true, hideLogo: false });

/** ALTCHA's web component: the browser solves a proof-of-work challenge from our server. */
export function AltchaWidget({ challengeUrl, onChange }: Props) {
  const t = useTranslations("captcha");
  const locale = useLocale();
  const widgetRef = useRef<HTMLElement>(null);
  const onChangeRef = useRef(onChange);
  const [isDefined, setIsDefined] = useState(false);
  const [status, setStatus] = useState<"idle" | "solving" | "solved">("idle");
  const strings = t.raw("widget") as Record<string, string>;

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // The custom element only exists in the browser; register it once, with our strings.
  useEffect(() => {
    let isCancelled = false;
    void import("altcha").then(() => {
      globalThis.$altcha.i18n.set(locale, strings);
      if (!isCancelled) setIsDefined(true);
    });

    return () => {
      isCancelled = true;
    };
  }, [locale, strings]);

  useEffect(() => {
    const widget = widgetRef.current;
    if (!isDefined || !widget) return;

    const onStateChange = (event: Event) => {
      const { state, payload } = (event as CustomEvent<AltchaStateDetail>).detail ?? {};
      if (state === "verified" && payload) {
        setStatus("solved");
        onChangeRef.current(payload);
      } else if (state === "verifying") {
        setStatus("solving");
      } else {
        setStatus("idle");
        onChangeRef.current(null);
      }
    };
    widget.addEventListener("statechange", onStateChange);

    return () => widget.removeEventListener("statechange", onStateChange);
  }, [isDefined]);

  return (
    <div>
      {isDefined ? (
        <altcha-widget
          ref={widgetRef}
          challenge={challengeUrl}
          language={locale}
          name="altcha"
          configuration={widgetConfiguration}
        />
      ) : (
        <p className="text-sm text-slate-600">{t("widget.loading")}</p>
      )}
      <p className="sr-only" aria-live="polite">
        {status === "solving" ? t("solving") : status === "solved" ? t("solved") : ""}
      </p>
    </div>
  );
}
