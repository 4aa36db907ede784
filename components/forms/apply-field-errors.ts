import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import type { FieldErrors } from "@/lib/actions/action-result";

/**
 * Puts the server's field errors (full catalogue keys) on the form's own fields, so they show
 * beside them as the browser-side ones do. Keys for fields the form does not have are ignored.
 * Returns the fields that got an error, in the order given.
 */
export function applyFieldErrors<TValues extends FieldValues, TName extends Path<TValues>>(
  setError: UseFormSetError<TValues>,
  fieldErrors: FieldErrors,
  fields: readonly TName[],
): TName[] {
  const invalid = fields.filter((name) => fieldErrors[name]);
  for (const name of invalid) setError(name, { type: "server", message: fieldErrors[name] });

  return invalid;
}
