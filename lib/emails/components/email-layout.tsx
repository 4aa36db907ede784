import { Body, Container, Head, Heading, Hr, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";

import type { EmailLocale, EmailTranslator } from "../email-translator";

const styles = {
  body: { backgroundColor: "#f1f5f9", fontFamily: "Arial, Helvetica, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", margin: "0 auto", maxWidth: "600px", padding: "24px" },
  brand: { color: "#1d4ed8", fontSize: "14px", fontWeight: 700, margin: "0 0 16px" },
  heading: { color: "#0f172a", fontSize: "22px", margin: "0 0 16px" },
  footer: { color: "#64748b", fontSize: "12px", margin: "0" },
};

type EmailLayoutProps = {
  locale: EmailLocale;
  preview: string;
  heading: string;
  t: EmailTranslator;
  children: ReactNode;
};

/** The frame every Guichet email shares: brand line, heading, content, signature. */
export function EmailLayout({ locale, preview, heading, t, children }: EmailLayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Guichet CartoJuraLéman</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr />
          <Text style={styles.footer}>{t("common.signature")}</Text>
          <Text style={styles.footer}>{t("common.footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}
