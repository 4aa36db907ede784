"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/action-result";
import { resendLinkSchema, type ResendLinkInput } from "@/lib/requester-access/lookup-schema";

import { resendLinkAction } from "./actions";
import { FormMessage, TextField, useIsHydrated } from "./form-parts";

export function ResendLinkForm() {
  const t = useTranslations("tracking.resend");
  const isHydrated = useIsHydrated();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const form = useForm<ResendLinkInput>({
    resolver: zodResolver(resendLinkSchema),
    defaultValues: { email: "", number: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    const outcome = await resendLinkAction(values);
    setResult(outcome);
    if (!outcome.ok) {
      for (const [field, key] of Object.entries(outcome.fieldErrors)) {
        if (field === "email" || field === "number") form.setError(field, { message: key });
      }
    }
  });

  return (
    <form method="post" data-hydrated={isHydrated} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="resend-email"
        label={t("email")}
        type="email"
        autoComplete="email"
        errorKey={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        id="resend-number"
        label={t("number")}
        inputMode="numeric"
        autoComplete="off"
        errorKey={errors.number?.message}
        {...form.register("number")}
      />
      {result?.ok ? <FormMessage id="resend-result" kind="success" messageKey="tracking.resend.sent" /> : null}
      {result && !result.ok ? (
        <FormMessage id="resend-result" kind="error" messageKey={result.messageKey} values={result.values} />
      ) : null}
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded-md border border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
