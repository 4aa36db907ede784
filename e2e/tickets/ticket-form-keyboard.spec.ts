import { expect, test, type Page } from "@playwright/test";

import { uniqueEmail } from "../support/unique-email";
import { captchaWidget, openTicketForm, readAcknowledgedNumber } from "./ticket-form-helpers";

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string, maxPresses = 40) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    const isThere = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (isThere) return;
  }
  throw new Error(`${selector} was never focused`);
}

test("a requester opens a ticket with the keyboard alone", async ({ page }) => {
  const email = uniqueEmail("clavier");
  await openTicketForm(page);

  await tabTo(page, "#ticket-email");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Claude Clavier");
  await tabTo(page, "#ticket-topicId");
  // On a closed select, typing chooses the first matching option.
  await page.keyboard.type("Questions relatives aux d");
  await expect(page.getByLabel("Rubrique d'aide")).toHaveValue(/.+/);

  await tabTo(page, "#ticket-summary");
  await page.keyboard.type("Données de Préverenges introuvables");
  await page.keyboard.press("Tab");
  await page.keyboard.type("La couche des conduites n'apparaît plus.");

  await tabTo(page, "#ticket-partnerId");
  await page.keyboard.type("Prév");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Nom" })).toHaveValue("Préverenges");

  await page.keyboard.press("Tab");
  await page.keyboard.type("Particulier");
  await expect(page.getByRole("combobox", { name: /^Raison sociale/ })).not.toHaveValue("");

  await tabTo(page, "altcha-widget input[type=checkbox]");
  await page.keyboard.press("Space");
  await expect(captchaWidget(page)).toHaveAttribute("data-state", "verified", { timeout: 30_000 });

  await tabTo(page, "form button[type=submit]");
  await page.keyboard.press("Enter");

  const number = await readAcknowledgedNumber(page);
  expect(number).toMatch(/^\d{6}$/);
  await expect(page.getByRole("main")).toContainText("Préverenges");
});
