import { expect, test } from "@playwright/test";

import { pdfFile } from "../support/fixture-files";
import { chooseTopic, openTicketForm } from "./ticket-form-helpers";

test("an upload cut off on the way can be tried again, and then counts as attached", async ({
  page,
}) => {
  await openTicketForm(page);
  await chooseTopic(page, "Questions relatives aux données");

  // The first attempt loses its connection; the next one goes through.
  let isFirstAttempt = true;
  await page.route("**/api/uploads", async (route) => {
    if (isFirstAttempt && route.request().method() === "POST") {
      isFirstAttempt = false;
      await route.abort("connectionreset");

      return;
    }
    await route.continue();
  });

  await page.locator("form input[type=file]").setInputFiles([pdfFile("plan-cadastral.pdf")]);
  const files = page.getByRole("list", { name: /fichiers|files/i });
  await expect(files).toContainText("L'envoi a échoué");

  await page.getByRole("button", { name: "Réessayer l'envoi de « plan-cadastral.pdf »" }).click();
  await expect(files).toContainText("Envoyé");
  await expect(files).not.toContainText("L'envoi a échoué");
  await expect(
    page.getByRole("button", { name: "Retirer « plan-cadastral.pdf »" }),
  ).toBeVisible();
});
