import { expect, test, type Page } from "@playwright/test";

import { waitForHydratedForm } from "../support/hydrated-form";
import { mailsForTicket } from "../support/mailbox";
import { seedTrackingTicket } from "../support/seed-tracking-ticket";
import { uniqueEmail } from "../support/unique-email";

// Every spec runs from 127.0.0.1, so failures also count against that one address (20 per
// 15 minutes by default, TRACKING_LOOKUP_IP_LIMIT). This file keeps its failures low and
// proves the « 6th attempt » rule on the per-email counter (5 per 15 minutes), with an
// email of its own.
// One spec types the domain in capitals, so it is spelled out here.
const domain = "example.org";

async function openLookup(page: Page) {
  await page.goto("/suivi");
  await waitForHydratedForm(page);
}

/** The form's own alert (Next's route announcer is an alert too). */
function lookupFailure(page: Page) {
  return page.locator("#lookup-failure");
}

async function lookUp(page: Page, email: string, number: string) {
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Afficher le ticket" }) });
  await form.getByLabel("Adresse e-mail").fill(email);
  await form.getByLabel("Numéro du ticket").fill(number);
  await form.getByRole("button", { name: "Afficher le ticket" }).click();
}

test("« Afficher le ticket » accepts the email with spaces and capitals and the number with #", async ({
  page,
}) => {
  const email = uniqueEmail("marie", domain);
  const ticket = await seedTrackingTicket({ email });
  const typed = `  ${email.replace("marie", "Marie").replace("example.org", "Example.ORG")} `;

  await openLookup(page);
  await lookUp(page, typed, `#${ticket.number}`);

  await expect(page).toHaveURL(new RegExp(`/suivi/ticket/${ticket.number}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ticket #${ticket.number}`);
  await expect(page.getByTestId("ticket-status")).toHaveText("Ouvert");
  await expect(page.getByText("Limite de parcelle décalée à Préverenges")).toBeVisible();
});

test("a wrong number, a wrong email and an unknown ticket get the same message", async ({
  page,
}) => {
  const mine = await seedTrackingTicket({ email: uniqueEmail("marie", domain) });
  const other = await seedTrackingTicket({ email: uniqueEmail("jean", domain) });
  const messages: string[] = [];
  await openLookup(page);

  for (const [email, number] of [
    [mine.email, other.number],
    [other.email, mine.number],
    [mine.email, "0000001"],
  ]) {
    await lookUp(page, email, number);
    const alert = lookupFailure(page);
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
    await expect(page).toHaveURL(/\/suivi$/);
  }

  expect(new Set(messages).size).toBe(1);
  expect(messages[0]).toContain("Aucun ticket ne correspond");
});

test("the 6th failed attempt is refused with a retry time, even from a fresh browser", async ({
  page,
  browser,
}) => {
  const ticket = await seedTrackingTicket({ email: uniqueEmail("rate", domain) });
  await openLookup(page);

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    // Seven digits: a number no ticket has.
    await lookUp(page, ticket.email, `000000${attempt}`);
    await expect(lookupFailure(page)).toContainText("Aucun ticket ne correspond");
  }

  // A new context has no cookie at all: the count lives on the server.
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await openLookup(freshPage);
  await lookUp(freshPage, ticket.email, ticket.number);

  await expect(lookupFailure(freshPage)).toContainText(/Réessayez dans 1[45] minutes/);
  await expect(freshPage).toHaveURL(/\/suivi$/);
  await fresh.close();
});

test("« Renvoyer le lien » answers neutrally and emails a fresh link that opens the ticket", async ({
  page,
}) => {
  const ticket = await seedTrackingTicket({ email: uniqueEmail("lea", domain) });
  await openLookup(page);

  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Renvoyer le lien" }) });
  await form.getByLabel("Adresse e-mail").fill(ticket.email);
  await form.getByRole("button", { name: "Renvoyer le lien" }).click();
  await expect(page.locator("#resend-result")).toContainText(
    "Si un ticket en cours correspond à cette adresse",
  );

  const [mail] = await mailsForTicket(page, ticket.number, 1);
  expect(mail.to).toBe(ticket.email);
  await page.goto(mail.href);
  const href =
    (await page.getByRole("link", { name: /\/suivi\/acces\// }).getAttribute("href")) ?? "";
  await page.goto(href);

  await expect(page).toHaveURL(new RegExp(`/suivi/ticket/${ticket.number}$`));
  // The seeded link was replaced by the fresh one.
  await page.context().clearCookies();
  await page.goto(`/suivi/acces/${ticket.token}`);
  await expect(page).toHaveURL(/\/suivi\?lien=invalide$/);
});
