import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import {
  chooseTopic,
  fillRequester,
  openTicketForm,
  solveCaptcha,
  submitAndReadNumber,
  uniqueEmail,
} from "./ticket-form-helpers";

// @axe-core/playwright brings its own playwright-core (1.65.2 next to the test runner's
// 1.65.1): the same Page at run time, two declarations of it for TypeScript.
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

test("axe finds no WCAG 2.2 AA violation on the home page, the form and the acknowledgment", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoViolations(page);

  await openTicketForm(page);
  await chooseTopic(page, "Questions relatives aux données");
  await expect(page.getByRole("combobox", { name: "Nom" })).toBeVisible();
  await expectNoViolations(page);

  // With its error messages showing, too.
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);

  await fillRequester(page, { email: uniqueEmail("axe"), fullName: "Alex Axe" });
  await chooseTopic(page, "Poser une question (public)");
  await page.getByLabel("Résumé de la requête").fill("Question d'accessibilité");
  await solveCaptcha(page);
  await submitAndReadNumber(page);
  await expectNoViolations(page);
});
