import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { uniqueEmail } from "../support/unique-email";
import {
  chooseTopic,
  fillRequester,
  openTicketForm,
  solveCaptcha,
  submitAndReadNumber,
} from "./ticket-form-helpers";

test("axe finds no WCAG 2.2 AA violation on the home page, the form and the acknowledgment", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoAxeViolations(page);

  await openTicketForm(page);
  await chooseTopic(page, "Questions relatives aux données");
  await expect(page.getByRole("combobox", { name: "Nom" })).toBeVisible();
  await expectNoAxeViolations(page);

  // With its error messages showing, too.
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await fillRequester(page, { email: uniqueEmail("axe"), fullName: "Alex Axe" });
  await chooseTopic(page, "Poser une question (public)");
  await page.getByLabel("Résumé de la requête").fill("Question d'accessibilité");
  await solveCaptcha(page);
  await submitAndReadNumber(page);
  await expectNoAxeViolations(page);
});
