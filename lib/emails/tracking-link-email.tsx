import { EmailLayout } from "./components/email-layout";
import { ActionButton, Paragraph, SmallPrint } from "./components/email-parts";
import type { EmailLocale, EmailTranslator } from "./email-translator";

export type TrackingLinkEmailProps = {
  t: EmailTranslator;
  locale: EmailLocale;
  requesterName: string;
  number: string;
  summary: string;
  trackingUrl: string;
};

/** To the requester who asked « renvoyer le lien ». */
export function TrackingLinkEmail(props: TrackingLinkEmailProps) {
  const { t, number } = props;

  return (
    <EmailLayout
      locale={props.locale}
      t={t}
      preview={t("trackingLink.preview", { number })}
      heading={t("trackingLink.heading")}
    >
      <Paragraph>{t("common.greeting", { name: props.requesterName })}</Paragraph>
      <Paragraph>{t("trackingLink.intro", { number, summary: props.summary })}</Paragraph>
      <ActionButton href={props.trackingUrl}>{t("trackingLink.trackLink")}</ActionButton>
      <SmallPrint>{t("ticketAcknowledgment.trackHint")}</SmallPrint>
      <Paragraph>{t("trackingLink.replaced")}</Paragraph>
      <Paragraph>{t("trackingLink.notYou")}</Paragraph>
    </EmailLayout>
  );
}
