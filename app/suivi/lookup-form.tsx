"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { ActionFailure } from "@/lib/actions/action-result";
import { ticketLookupSchema, type TicketLookupInput } from "@/lib/requester-access/lookup-schema";

import { lookUpTicketAction } from "./actions";
import { FormMessage, TextField, useIsHydrated } from "./form-parts";

export function LookupForm() {
  const t = useTranslations("tracking.lookup");
  const isHydrated = useIsHydrated();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<TicketLookupInput>({
    resolver: zodResolver(ticketLookupSchema),
    defaultValues: { email: "", number: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    // On success the action redirects to the ticket; only failures come back.
    const result = await lookUpTicketAction(values);
    if (result && !result.ok) {
      setFailure(result);
      for (const [field, key] of Object.entries(result.fieldErrors)) {
        if (field === "email" || field === "number") form.setError(field, { message: key });
      }
    }
  });

  return (
    <form method="post" data-hydrated={isHydrated} onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={failure ? "lookup-failure" : undefined}>
      <TextField
        id="lookup-email"
        label={t("email")}
        type="email"
        autoComplete="email"
        errorKey={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        id="lookup-number"
        label={t("number")}
        hint={t("numberHint")}
        inputMode="numeric"
        autoComplete="off"
        errorKey={errors.number?.message}
        {...form.register("number")}
      />
      {failure ? (
        <FormMessage id="lookup-failure" kind="error" messageKey={failure.messageKey} values={failure.values} />
      ) : null}
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
