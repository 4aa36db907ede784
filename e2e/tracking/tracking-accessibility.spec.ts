import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "../support/axe";
import { waitForHydratedForm } from "../support/hydrated-form";
import { seedTrackingTicket } from "../support/seed-tracking-ticket";
import { uniqueEmail } from "../support/unique-email";

test("axe finds no WCAG 2.2 AA violation on the lookup page and the requester's ticket page", async ({
  page,
}) => {
  await page.goto("/suivi?lien=invalide");
  await waitForHydratedForm(page);
  await expectNoAxeViolations(page);

  // With a field error showing.
  await page.getByRole("button", { name: "Afficher le ticket" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide").first()).toBeVisible();
  await expectNoAxeViolations(page);

  const ticket = await seedTrackingTicket({ email: uniqueEmail("axe", "example.org") });
  await page.goto(`/suivi/acces/${ticket.token}`);
  await waitForHydratedForm(page);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Fermer le ticket" }).click();
  await expect(page.getByLabel("Un dernier mot (facultatif)")).toBeVisible();
  await expectNoAxeViolations(page);
});
