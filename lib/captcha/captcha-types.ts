// What the browser needs to render the CAPTCHA; no secret ever goes in here. Kept free of
// server-only imports so client components can import the type.
export type CaptchaConfig =
  { kind: "altcha"; challengeUrl: string } | { kind: "hcaptcha"; siteKey: string };

/** Name of the form field that carries the CAPTCHA payload. */
export const captchaFieldName = "captcha";
