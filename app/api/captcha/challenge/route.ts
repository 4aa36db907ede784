import { getCaptchaConfig } from "@/lib/captcha/captcha-config";
import { createAltchaChallenge } from "@/lib/captcha/create-altcha-challenge";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** A fresh ALTCHA challenge; each one may be used once, within ten minutes. */
export async function GET(): Promise<Response> {
  if (getCaptchaConfig().kind !== "altcha") {
    return Response.json({ messageKey: "errors.notFound" }, { status: 404, headers: noStore });
  }

  return Response.json(await createAltchaChallenge(), { headers: noStore });
}
