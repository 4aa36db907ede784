import { expect, type Page } from "@playwright/test";

// The local mailbox (/boite-mail), where the app under test delivers its emails.

export type MailboxEntry = { subject: string; to: string; href: string };

/**
 * The local mailbox's messages about one ticket, once `expected` of them have arrived:
 * delivery runs after the ticket is committed, so it may take a moment.
 */
export async function mailsForTicket(
  page: Page,
  number: string,
  expected: number,
): Promise<MailboxEntry[]> {
  let entries: MailboxEntry[] = [];
  await expect(async () => {
    await page.goto("/boite-mail");
    const links = page.getByRole("link").filter({ hasText: `[Ticket #${number}]` });
    entries = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const spans = anchor.querySelectorAll("span");
        const toLine =
          Array.from(spans).find(
            (span) => span.children.length === 0 && span.textContent?.includes("@"),
          )?.textContent ?? "";

        return {
          subject: spans[0]?.textContent ?? "",
          to: /\S+@\S+/.exec(toLine)?.[0] ?? "",
          href: anchor.getAttribute("href") ?? "",
        };
      }),
    );
    expect(entries.length).toBeGreaterThanOrEqual(expected);
  }).toPass({ timeout: 30_000 });

  return entries;
}
