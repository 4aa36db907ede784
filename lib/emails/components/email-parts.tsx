import { Button, Section, Text } from "@react-email/components";
import { Fragment } from "react";

const styles = {
  paragraph: { color: "#1e293b", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  label: { color: "#475569", fontSize: "13px", fontWeight: 700, margin: "0", paddingRight: "12px", verticalAlign: "top" as const },
  value: { color: "#0f172a", fontSize: "14px", margin: "0", whiteSpace: "pre-wrap" as const },
  quote: {
    backgroundColor: "#f8fafc",
    borderLeft: "4px solid #cbd5e1",
    color: "#1e293b",
    fontSize: "14px",
    lineHeight: "21px",
    margin: "0 0 16px",
    padding: "8px 12px",
    whiteSpace: "pre-wrap" as const,
  },
  button: {
    backgroundColor: "#1d4ed8",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 700,
    padding: "12px 20px",
    textDecoration: "none",
  },
  small: { color: "#475569", fontSize: "13px", lineHeight: "19px", margin: "8px 0 16px" },
};

export function Paragraph({ children }: { children: React.ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

export function SmallPrint({ children }: { children: React.ReactNode }) {
  return <Text style={styles.small}>{children}</Text>;
}

/**
 * Text with its line breaks as <br>: pre-wrap keeps them in HTML, but the plain-text version
 * is derived from the markup and would run every line of a message into one.
 */
function MultilineText({ text }: { text: string }) {
  return text.split(/\r?\n/).map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

export function Quote({ children }: { children: React.ReactNode }) {
  return (
    <Text style={styles.quote}>
      {typeof children === "string" ? <MultilineText text={children} /> : children}
    </Text>
  );
}

/** A link shown as a button; its address is repeated in the plain-text version. */
export function ActionButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 4px" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

export type FactRow = { label: string; value: string };

/** Label / value pairs of a ticket, as a table that survives every mail client. */
export function Facts({ rows }: { rows: FactRow[] }) {
  return (
    <table role="presentation" cellPadding={4} cellSpacing={0} style={{ margin: "0 0 16px", width: "100%" }}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <td style={{ ...styles.label, width: "35%" }}>{row.label}</td>
            <td style={styles.value}>
              <MultilineText text={row.value} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
