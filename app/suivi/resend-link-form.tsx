"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FailureMessage, FormMessage } from "@/components/forms/form-message";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { resendLinkSchema, type ResendLinkInput } from "@/lib/requester-access/lookup-schema";

import { resendLinkAction } from "./actions";
import { ticketIdentityFields, TicketIdentityFields } from "./ticket-identity-fields";

export function ResendLinkForm() {
  const t = useTranslations("tracking.resend");
  const isHydrated = useIsHydrated();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const form = useForm<ResendLinkInput>({
    resolver: zodResolver(resendLinkSchema),
    defaultValues: { email: "", number: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    const outcome = await resendLinkAction(values);
    setResult(outcome);
    if (!outcome.ok) applyFieldErrors(form.setError, outcome.fieldErrors, ticketIdentityFields);
  });

  return (
    <form
      method="post"
      data-hydrated={isHydrated}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
    >
      <TicketIdentityFields
        form={form}
        idPrefix="resend"
        labels={{ email: t("email"), number: t("number") }}
      />
      {result?.ok ? (
        <FormMessage id="resend-result" kind="success" messageKey="tracking.resend.sent" />
      ) : (
        <FailureMessage id="resend-result" failure={result} />
      )}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded-md border border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
