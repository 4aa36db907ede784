import { EmailLayout } from "./components/email-layout";
import { ActionButton, Facts, type FactRow, Paragraph, SmallPrint } from "./components/email-parts";
import type { EmailLocale, EmailTranslator } from "./email-translator";

export type TicketAcknowledgmentEmailProps = {
  t: EmailTranslator;
  locale: EmailLocale;
  requesterName: string;
  number: string;
  topic: string;
  partner: string | null;
  summary: string;
  details: string;
  trackingUrl: string;
};

/** To the requester, right after the ticket is created. */
export function TicketAcknowledgmentEmail(props: TicketAcknowledgmentEmailProps) {
  const { t, number } = props;
  const rows: FactRow[] = [
    { label: t("common.ticketNumber"), value: `#${number}` },
    { label: t("common.topic"), value: props.topic },
    ...(props.partner ? [{ label: t("common.partner"), value: props.partner }] : []),
    { label: t("common.summary"), value: props.summary },
    ...(props.details ? [{ label: t("common.details"), value: props.details }] : []),
  ];

  return (
    <EmailLayout
      locale={props.locale}
      t={t}
      preview={t("ticketAcknowledgment.preview", { number })}
      heading={t("ticketAcknowledgment.heading")}
    >
      <Paragraph>{t("common.greeting", { name: props.requesterName })}</Paragraph>
      <Paragraph>{t("ticketAcknowledgment.intro", { number })}</Paragraph>
      <Facts rows={rows} />
      <ActionButton href={props.trackingUrl}>{t("ticketAcknowledgment.trackLink")}</ActionButton>
      <SmallPrint>{t("ticketAcknowledgment.trackHint")}</SmallPrint>
      <Paragraph>
        <strong>{t("ticketAcknowledgment.nextHeading")}</strong>
      </Paragraph>
      <Paragraph>{t("ticketAcknowledgment.next")}</Paragraph>
      <Paragraph>{t("ticketAcknowledgment.replyHint")}</Paragraph>
    </EmailLayout>
  );
}
