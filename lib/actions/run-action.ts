import "server-only";

import { randomUUID } from "node:crypto";

import { ZodError } from "zod";

import { isAppError } from "@/lib/errors";
import { logger, type Logger } from "@/lib/logger";

import type { ActionResult, FieldErrors } from "./action-result";

export type ActionContext = { requestId: string; log: Logger };

export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }

  return fieldErrors;
}

/**
 * Runs a server action's body and shapes its outcome: expected errors become a
 * localisable failure, unexpected ones are logged with a request id that the user sees.
 */
export async function runAction<T>(
  name: string,
  body: (context: ActionContext) => Promise<T>,
): Promise<ActionResult<T>> {
  const requestId = randomUUID();
  const log = logger.child({ action: name, requestId });

  try {
    return { ok: true, data: await body({ requestId, log }) };
  } catch (error) {
    if (error instanceof ZodError) {
      return { ok: false, messageKey: "errors.validation", fieldErrors: fieldErrorsFromZod(error) };
    }
    if (isAppError(error)) {
      log.info({ code: error.code }, "action refused");
      return {
        ok: false,
        messageKey: error.messageKey,
        values: error.values,
        fieldErrors: error.fieldErrors,
      };
    }

    log.error({ err: error }, "action failed");
    return { ok: false, messageKey: "errors.unexpected", values: { requestId }, fieldErrors: {} };
  }
}
