import { expect, test } from "@playwright/test";

import { geoJsonFile, pdfFile } from "../support/fixture-files";
import { mailsForTicket } from "../support/mailbox";
import { uniqueEmail } from "../support/unique-email";
import {
  choosePartner,
  chooseTopic,
  fillRequester,
  openTicketForm,
  solveCaptcha,
  submitAndReadNumber,
} from "./ticket-form-helpers";

test("a new requester opens a data ticket for Préverenges with two files; the referent of Morges et Lac alone is alerted", async ({
  page,
}) => {
  // Uploads, a proof of work, email delivery and the tracking page: more than the default.
  test.slow();
  const email = uniqueEmail("marie");
  await openTicketForm(page);
  await fillRequester(page, { email, fullName: "Marie Dupont" });
  await page.getByLabel("Numéro de téléphone").fill("021 123 45 67");
  await chooseTopic(page, "Questions relatives aux données");
  await page.getByLabel("Résumé de la requête").fill("Limite de parcelle décalée à Préverenges");
  await page
    .getByLabel("Détails", { exact: true })
    .fill("La parcelle 1234 est décalée de deux mètres vers le lac.");

  await page
    .locator("form input[type=file]")
    .setInputFiles([pdfFile("plan-situation.pdf"), geoJsonFile("parcelles.geojson")]);
  await expect(page.getByRole("button", { name: "Créer" })).toBeEnabled({ timeout: 30_000 });

  await choosePartner(page, "Prev", "Préverenges");
  await page
    .getByLabel("Raison sociale", { exact: false })
    .selectOption({ label: "Administration communale" });
  await solveCaptcha(page);

  const number = await submitAndReadNumber(page);
  expect(number).toMatch(/^\d{6}$/);
  const acknowledgment = page.getByRole("main");
  await expect(acknowledgment).toContainText("Limite de parcelle décalée à Préverenges");
  await expect(acknowledgment).toContainText("Préverenges");
  await expect(acknowledgment).toContainText("plan-situation.pdf");
  await expect(acknowledgment).toContainText("parcelles.geojson");
  await expect(acknowledgment).toContainText(`envoyé à ${email}`);
  await expect(acknowledgment).toContainText("groupement Morges et Lac");

  const mails = await mailsForTicket(page, number, 2);
  expect(mails.map((mail) => mail.to).sort()).toEqual(
    [email, "referent.morges-et-lac@example.org"].sort(),
  );

  // The referent's alert lists the files sent with the ticket.
  const alertMail = mails.find((mail) => mail.to === "referent.morges-et-lac@example.org");
  await page.goto(alertMail?.href ?? "/boite-mail");
  await expect(page.getByRole("main")).toContainText("plan-situation.pdf");
  await expect(page.getByRole("main")).toContainText("parcelles.geojson");

  const acknowledgmentMail = mails.find((mail) => mail.to === email);
  await page.goto(acknowledgmentMail?.href ?? "/boite-mail");
  const trackingLink = page.getByRole("link", { name: /\/suivi\/acces\// });
  await expect(trackingLink).toHaveCount(1);
  const href = (await trackingLink.getAttribute("href")) ?? "";
  expect(href).toContain("/suivi/acces/");

  await page.goto(href);
  await expect(page.getByRole("main")).toContainText(number);
});

test("a public question goes to the support team", async ({ page }) => {
  const email = uniqueEmail("paul");
  await openTicketForm(page);
  await fillRequester(page, { email, fullName: "Paul Martin" });
  await chooseTopic(page, "Poser une question (public)");
  await expect(page.getByRole("combobox", { name: "Nom" })).toHaveCount(0);
  await page.getByLabel("Résumé de la requête").fill("Comment imprimer un plan au format A3 ?");
  await solveCaptcha(page);

  const number = await submitAndReadNumber(page);
  await expect(page.getByRole("main")).toContainText("équipe de support");

  // A reload keeps the acknowledgment; going elsewhere and back gives a fresh form.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`#${number}`);
  await page.getByRole("banner").getByRole("link", { name: "Guichet CartoJuraLéman" }).click();
  await page.getByRole("main").getByRole("link", { name: /Nouveau ticket/ }).click();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("");

  const mails = await mailsForTicket(page, number, 2);
  expect(mails.map((mail) => mail.to).sort()).toEqual([email, "support@example.org"].sort());
});
