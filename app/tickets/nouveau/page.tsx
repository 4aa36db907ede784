import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { getUploadLimits } from "@/lib/attachments/get-upload-limits";
import { getCaptchaConfig } from "@/lib/captcha/captcha-config";
import { listFormOptions } from "@/lib/tickets/list-form-options";

import { TicketForm } from "./ticket-form";

// Topics, partners and organisations are admin-edited data: read them on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ticketForm");

  return { title: t("metaTitle") };
}

export default async function NewTicketPage() {
  const options = await listFormOptions({ locale: await getLocale() });
  const t = await getTranslations("ticketForm");

  return (
    <>
      <noscript>
        <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          {t("noScript")}
        </p>
      </noscript>
      <TicketForm
        options={options}
        captchaConfig={getCaptchaConfig()}
        uploadLimits={getUploadLimits()}
      />
    </>
  );
}
