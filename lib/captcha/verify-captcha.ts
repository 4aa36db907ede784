import "server-only";

import type { SqlClient } from "@/lib/db/sql-client";

import { getCaptchaConfig } from "./captcha-config";
import { captchaError } from "./captcha-error";
import { verifyAltchaPayload } from "./verify-altcha-payload";
import { verifyHcaptchaToken } from "./verify-hcaptcha-token";

// Far above any real payload; refuses junk before decoding it.
const maxPayloadLength = 20_000;

/**
 * Refuses a missing, wrong, expired or already used CAPTCHA answer with an AppError on the
 * `captcha` field. Run it inside a transaction: the single-use mark rolls back with it.
 */
export async function verifyCaptcha(
  sql: SqlClient,
  options: { payload: string; remoteIp?: string },
): Promise<void> {
  const payload = options.payload?.trim() ?? "";
  if (!payload || payload.length > maxPayloadLength) throw captchaError("invalid");

  const config = getCaptchaConfig();
  if (config.kind === "hcaptcha") {
    await verifyHcaptchaToken({ token: payload, remoteIp: options.remoteIp });

    return;
  }

  await verifyAltchaPayload(sql, payload);
}
