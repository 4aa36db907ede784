import { expect, type Locator, type Page } from "@playwright/test";

import { waitForHydratedForm } from "../support/hydrated-form";

// Steps of the requester's story on « Nouveau ticket », shared by the ticket specs.

/** Opens the form and waits until React drives it (before that, Créer would post natively). */
export async function openTicketForm(page: Page): Promise<void> {
  await page.goto("/tickets/nouveau");
  await waitForHydratedForm(page);
}

export async function fillRequester(
  page: Page,
  { email, fullName }: { email: string; fullName: string },
) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill(fullName);
}

export async function chooseTopic(page: Page, topicName: string) {
  await page.getByLabel("Rubrique d'aide").selectOption({ label: topicName });
}

export async function choosePartner(page: Page, typed: string, partnerName: string) {
  const combobox = page.getByRole("combobox", { name: "Nom" });
  await combobox.fill(typed);
  await page.getByRole("option", { name: new RegExp(`^${partnerName}`) }).click();
  await expect(combobox).toHaveValue(partnerName);
}

export function captchaWidget(page: Page): Locator {
  return page.locator("altcha-widget .altcha");
}

/** Ticks « Je ne suis pas un robot » and waits for the browser to solve the challenge. */
export async function solveCaptcha(page: Page) {
  await page.getByRole("checkbox", { name: "Je ne suis pas un robot" }).focus();
  await page.keyboard.press("Space");
  await expect(captchaWidget(page)).toHaveAttribute("data-state", "verified", { timeout: 30_000 });
}

/** Submits and returns the six-digit number the acknowledgment shows. */
export async function submitAndReadNumber(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Créer" }).click();

  return readAcknowledgedNumber(page);
}

export async function readAcknowledgedNumber(page: Page): Promise<string> {
  const heading = page.getByRole("heading", {
    level: 1,
    name: /Merci, votre ticket #\d{6} a été créé/,
  });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(heading).toBeFocused();
  const number = /#(\d{6})/.exec((await heading.textContent()) ?? "")?.[1];
  if (!number) throw new Error("no ticket number in the acknowledgment");

  return number;
}
