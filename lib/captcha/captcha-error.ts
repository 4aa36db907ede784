import { AppError } from "@/lib/errors";

export type CaptchaFailure = "invalid" | "reused" | "expired" | "unavailable";

/** The refusal shown next to the CAPTCHA field. */
export function captchaError(failure: CaptchaFailure): AppError {
  const key = `captcha.${failure}`;

  return new AppError("captcha_failed", key, { captcha: key });
}
