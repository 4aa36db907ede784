"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FailureMessage } from "@/components/forms/form-message";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import type { ActionFailure } from "@/lib/actions/action-result";
import { ticketLookupSchema, type TicketLookupInput } from "@/lib/requester-access/lookup-schema";

import { lookUpTicketAction } from "./actions";
import { ticketIdentityFields, TicketIdentityFields } from "./ticket-identity-fields";

export function LookupForm() {
  const t = useTranslations("tracking.lookup");
  const isHydrated = useIsHydrated();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<TicketLookupInput>({
    resolver: zodResolver(ticketLookupSchema),
    defaultValues: { email: "", number: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    // On success the action redirects to the ticket; only failures come back.
    const result = await lookUpTicketAction(values);
    if (result && !result.ok) {
      setFailure(result);
      applyFieldErrors(form.setError, result.fieldErrors, ticketIdentityFields);
    }
  });

  return (
    <form
      method="post"
      data-hydrated={isHydrated}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-describedby={failure ? "lookup-failure" : undefined}
    >
      <TicketIdentityFields
        form={form}
        idPrefix="lookup"
        labels={{ email: t("email"), number: t("number"), numberHint: t("numberHint") }}
      />
      <FailureMessage id="lookup-failure" failure={failure} />
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
