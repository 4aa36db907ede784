// The one shape every server action returns. Messages are catalogue keys (namespace
// `errors` unless qualified) so the client shows them in the active language.
export type FieldErrors = Record<string, string>;

export type ActionFailure = {
  ok: false;
  messageKey: string;
  values?: Record<string, string | number>;
  fieldErrors: FieldErrors;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
