import { AppError } from "@/lib/errors";

/** Name of the hidden field that people never see and bots tend to fill. */
export const honeypotFieldName = "website";

export function assertHoneypotEmpty(value: string | undefined): void {
  if (value && value.trim() !== "") {
    throw new AppError("validation", "captcha.honeypot", {});
  }
}
