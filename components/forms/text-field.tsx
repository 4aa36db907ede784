"use client";

import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

import { describedBy } from "./described-by";
import { inputClass } from "./field-classes";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { FieldLabel } from "./field-label";

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  /** Full catalogue key of the field's error, if any. */
  errorKey?: string;
};

// The hint and error take the field's id with a suffix: `${id}-hint`, `${id}-error`.
function controlAria({ id, hint, errorKey }: FieldProps) {
  return {
    "aria-invalid": errorKey ? true : undefined,
    "aria-describedby": describedBy(hint && `${id}-hint`, errorKey && `${id}-error`),
  };
}

function FieldFrame({ id, label, hint, errorKey, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      {children}
      <FieldError id={`${id}-error`} messageKey={errorKey} />
    </div>
  );
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({
  id,
  label,
  hint,
  errorKey,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const field = { id, label, hint, errorKey };

  return (
    <FieldFrame {...field}>
      <input id={id} {...controlAria(field)} className={inputClass} {...input} />
    </FieldFrame>
  );
}

/** The same for a text area. */
export function TextAreaField({
  id,
  label,
  hint,
  errorKey,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const field = { id, label, hint, errorKey };

  return (
    <FieldFrame {...field}>
      <textarea id={id} {...controlAria(field)} className={inputClass} {...textarea} />
    </FieldFrame>
  );
}
