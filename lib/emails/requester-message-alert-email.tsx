import { EmailLayout } from "./components/email-layout";
import { ActionButton, Facts, Paragraph, Quote } from "./components/email-parts";
import type { EmailLocale, EmailTranslator } from "./email-translator";

export type RequesterMessageAlertEmailProps = {
  t: EmailTranslator;
  locale: EmailLocale;
  number: string;
  requesterName: string;
  summary: string;
  message: string;
  attachmentNames: string[];
  staffUrl: string;
};

/** To the assignee, or the group's referents, when the requester adds to the thread. */
export function RequesterMessageAlertEmail(props: RequesterMessageAlertEmailProps) {
  const { t, number } = props;

  return (
    <EmailLayout
      locale={props.locale}
      t={t}
      preview={t("requesterMessageAlert.preview", { number, requester: props.requesterName })}
      heading={t("requesterMessageAlert.heading", { number })}
    >
      <Paragraph>{t("requesterMessageAlert.intro", { number, requester: props.requesterName })}</Paragraph>
      <Facts rows={[{ label: t("common.summary"), value: props.summary }]} />
      <Paragraph>
        <strong>{t("requesterMessageAlert.message")}</strong>
      </Paragraph>
      <Quote>{props.message}</Quote>
      {props.attachmentNames.length > 0 ? (
        <Facts rows={[{ label: t("common.attachments"), value: props.attachmentNames.join("\n") }]} />
      ) : null}
      <ActionButton href={props.staffUrl}>{t("common.openInDashboard")}</ActionButton>
    </EmailLayout>
  );
}
