// The one shape every server action returns. Messages are full catalogue keys
// ("namespace.key", e.g. "errors.unexpected") so the client shows them in its language.
export type FieldErrors = Record<string, string>;

export type ActionFailure = {
  ok: false;
  messageKey: string;
  values?: Record<string, string | number>;
  fieldErrors: FieldErrors;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
