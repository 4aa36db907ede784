"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";

import { FailureMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { useIsHydrated } from "@/components/forms/use-is-hydrated";
import type { ActionFailure } from "@/lib/actions/action-result";
import { closeTicketSchema, type CloseTicketInput } from "@/lib/tracking/requester-message-schema";

import { closeTicketAction } from "./actions";

/** « Fermer le ticket »: a first click opens a confirmation step with an optional last word. */
export function CloseTicketForm({ ticketNumber }: { ticketNumber: string }) {
  const t = useTranslations();
  const isHydrated = useIsHydrated();
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const form = useForm<CloseTicketInput>({
    resolver: zodResolver(closeTicketSchema),
    defaultValues: { lastWord: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const lastWordError = errors.lastWord?.message;

  // The button that opened the step disappears: keyboard and screen-reader users land in it.
  useEffect(() => {
    if (isConfirming) form.setFocus("lastWord");
  }, [isConfirming, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await closeTicketAction(ticketNumber, values);
    if (!result.ok) return setFailure(result);

    setIsConfirming(false);
    router.refresh();
  });

  if (!isConfirming) {
    return (
      <section aria-labelledby="close-heading" className="space-y-2 border-t border-slate-200 pt-6">
        <h2 id="close-heading" className="text-xl font-semibold text-slate-900">
          {t("tracking.close.title")}
        </h2>
        <p className="text-slate-700">{t("tracking.close.intro")}</p>
        <button
          type="button"
          onClick={() => setIsConfirming(true)}
          className="rounded-md border border-slate-500 bg-white px-5 py-2.5 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t("tracking.close.open")}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="close-heading" className="space-y-3 border-t border-slate-200 pt-6">
      <h2 id="close-heading" className="text-xl font-semibold text-slate-900">
        {t("tracking.close.confirmTitle")}
      </h2>
      <form
        method="post"
        data-hydrated={isHydrated}
        onSubmit={onSubmit}
        noValidate
        className="space-y-3"
      >
        <TextAreaField
          id="close-last-word"
          label={t("tracking.close.lastWord")}
          rows={3}
          errorKey={lastWordError}
          {...form.register("lastWord")}
        />
        <FailureMessage id="close-failure" failure={failure} />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={isSubmitting}
            className="rounded-md bg-slate-800 px-5 py-2.5 font-semibold text-white hover:bg-slate-900 disabled:opacity-60"
          >
            {t("tracking.close.confirm")}
          </button>
          <button
            type="button"
            onClick={() => setIsConfirming(false)}
            className="rounded-md px-5 py-2.5 text-slate-800 underline underline-offset-4"
          >
            {t("tracking.close.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
