// Expected errors carry a message key the interface can translate; anything else is
// unexpected, logged with an id and shown generically.
export type AppErrorCode =
  | "validation"
  | "not_found"
  | "forbidden"
  | "rate_limited"
  | "captcha_failed"
  | "conflict";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Full catalogue key, e.g. "captcha.invalid". */
    readonly messageKey: string,
    /** Field errors, keyed by form field name, each a full catalogue key. */
    readonly fieldErrors: Record<string, string> = {},
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
