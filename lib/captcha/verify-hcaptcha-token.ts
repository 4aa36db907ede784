import "server-only";

import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

import { captchaError } from "./captcha-error";

type SiteverifyAnswer = { success?: boolean; "error-codes"?: string[] };

const siteverifyTimeoutMs = 10_000;

/** Asks hCaptcha's siteverify (or the URL configured instead) whether the token is good. */
export async function verifyHcaptchaToken(options: {
  token: string;
  remoteIp?: string;
}): Promise<void> {
  const { HCAPTCHA_SECRET, HCAPTCHA_SITE_KEY, HCAPTCHA_VERIFY_URL } = env();
  const form = new URLSearchParams({
    secret: HCAPTCHA_SECRET ?? "",
    response: options.token,
    sitekey: HCAPTCHA_SITE_KEY ?? "",
  });
  if (options.remoteIp) form.set("remoteip", options.remoteIp);

  let answer: SiteverifyAnswer;
  try {
    const response = await fetch(HCAPTCHA_VERIFY_URL, {
      method: "POST",
      body: form,
      signal: AbortSignal.timeout(siteverifyTimeoutMs),
    });
    if (!response.ok) throw new Error(`siteverify answered ${response.status}`);
    answer = (await response.json()) as SiteverifyAnswer;
  } catch (error) {
    logger.warn({ err: error }, "hCaptcha verification unavailable");
    throw captchaError("unavailable");
  }

  if (answer.success === true) return;

  const codes = answer["error-codes"] ?? [];
  if (codes.includes("already-seen-response")) throw captchaError("reused");
  if (codes.includes("expired-input-response")) throw captchaError("expired");
  throw captchaError("invalid");
}
