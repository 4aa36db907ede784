import "server-only";

import { env } from "@/lib/env";

import type { CaptchaConfig } from "./captcha-types";

export type { CaptchaConfig } from "./captcha-types";

export const altchaChallengePath = "/api/captcha/challenge";

/** hCaptcha when both of its keys are configured; otherwise the self-hosted ALTCHA. */
export function getCaptchaConfig(): CaptchaConfig {
  const { HCAPTCHA_SITE_KEY, HCAPTCHA_SECRET } = env();
  if (HCAPTCHA_SITE_KEY && HCAPTCHA_SECRET) {
    return { kind: "hcaptcha", siteKey: HCAPTCHA_SITE_KEY };
  }

  return { kind: "altcha", challengeUrl: altchaChallengePath };
}
