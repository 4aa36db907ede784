"use client";

import type { UseFormReturn } from "react-hook-form";

import { TextField } from "@/components/forms/text-field";

/** What both tracking forms ask for: the requester's email and the ticket number. */
export type TicketIdentity = { email: string; number: string };

export const ticketIdentityFields = ["email", "number"] as const;

type TicketIdentityFieldsProps = {
  form: UseFormReturn<TicketIdentity>;
  /** Prefix of the inputs' ids: `${idPrefix}-email`, `${idPrefix}-number`. */
  idPrefix: string;
  labels: { email: string; number: string; numberHint?: string };
};

export function TicketIdentityFields({ form, idPrefix, labels }: TicketIdentityFieldsProps) {
  const { errors } = form.formState;

  return (
    <>
      <TextField
        id={`${idPrefix}-email`}
        label={labels.email}
        type="email"
        autoComplete="email"
        errorKey={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        id={`${idPrefix}-number`}
        label={labels.number}
        hint={labels.numberHint}
        inputMode="numeric"
        autoComplete="off"
        errorKey={errors.number?.message}
        {...form.register("number")}
      />
    </>
  );
}
