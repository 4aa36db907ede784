import { EmailLayout } from "./components/email-layout";
import { ActionButton, Facts, type FactRow, Paragraph } from "./components/email-parts";
import type { EmailLocale, EmailTranslator } from "./email-translator";

export type TicketAlertEmailProps = {
  t: EmailTranslator;
  locale: EmailLocale;
  recipientName: string;
  number: string;
  requesterName: string;
  requesterEmail: string;
  requesterPhone: string | null;
  topic: string;
  partner: string | null;
  group: string | null;
  organisation: string | null;
  summary: string;
  details: string;
  attachmentNames: string[];
  staffUrl: string;
};

/** To each referent or support-team member a new ticket was routed to. */
export function TicketAlertEmail(props: TicketAlertEmailProps) {
  const { t, number } = props;
  const requester = [props.requesterName, `<${props.requesterEmail}>`, props.requesterPhone ?? ""].join(" ").trim();
  const optional = (label: string, value: string | null): FactRow[] => (value ? [{ label, value }] : []);
  const rows: FactRow[] = [
    { label: t("common.ticketNumber"), value: `#${number}` },
    { label: t("common.requester"), value: requester },
    { label: t("common.topic"), value: props.topic },
    ...optional(t("common.partner"), props.partner),
    ...optional(t("common.group"), props.group),
    ...optional(t("common.organisation"), props.organisation),
    { label: t("common.summary"), value: props.summary },
    ...optional(t("common.details"), props.details),
    {
      label: t("common.attachments"),
      value: props.attachmentNames.length > 0 ? props.attachmentNames.join("\n") : t("common.noAttachments"),
    },
  ];

  return (
    <EmailLayout
      locale={props.locale}
      t={t}
      preview={t("ticketAlert.preview", { number, requester: props.requesterName })}
      heading={t("ticketAlert.heading", { number })}
    >
      {props.recipientName ? <Paragraph>{t("common.greeting", { name: props.recipientName })}</Paragraph> : null}
      <Paragraph>{t("ticketAlert.intro")}</Paragraph>
      <Facts rows={rows} />
      <ActionButton href={props.staffUrl}>{t("common.openInDashboard")}</ActionButton>
    </EmailLayout>
  );
}
