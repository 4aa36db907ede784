import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { seedTrackingTicket } from "../support/seed-tracking-ticket";

// @axe-core/playwright brings its own playwright-core: the same Page at run time, two
// declarations of it for TypeScript.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

test("axe finds no WCAG 2.2 AA violation on the lookup page and the requester's ticket page", async ({ page }) => {
  await page.goto("/suivi?lien=invalide");
  await expect(page.locator("form[data-hydrated=true]").first()).toBeAttached({ timeout: 30_000 });
  await expectNoViolations(page);

  // With a field error showing.
  await page.getByRole("button", { name: "Afficher le ticket" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide").first()).toBeVisible();
  await expectNoViolations(page);

  const ticket = await seedTrackingTicket({ email: `axe.${Date.now()}@example.org` });
  await page.goto(`/suivi/acces/${ticket.token}`);
  await expect(page.locator("form[data-hydrated=true]").first()).toBeAttached({ timeout: 30_000 });
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Fermer le ticket" }).click();
  await expect(page.getByLabel("Un dernier mot (facultatif)")).toBeVisible();
  await expectNoViolations(page);
});
