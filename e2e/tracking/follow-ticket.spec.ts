import { expect, test } from "@playwright/test";

import { pdfFile } from "../support/fixture-files";
import { mailsForTicket } from "../support/mailbox";
import { uniqueEmail } from "../support/unique-email";
import {
  choosePartner,
  chooseTopic,
  fillRequester,
  openTicketForm,
  solveCaptcha,
  submitAndReadNumber,
} from "../tickets/ticket-form-helpers";

const referent = "referent.morges-et-lac@example.org";

test("the requester follows the emailed link, adds a file, the referent is alerted, then closes the ticket", async ({
  page,
}) => {
  // Open a data ticket for Préverenges through the real form.
  const email = uniqueEmail("marie");
  await openTicketForm(page);
  await fillRequester(page, { email, fullName: "Marie Dupont" });
  await chooseTopic(page, "Questions relatives aux données");
  await page.getByLabel("Résumé de la requête").fill("Limite de parcelle décalée à Préverenges");
  await choosePartner(page, "Prev", "Préverenges");
  await page
    .getByLabel("Raison sociale", { exact: false })
    .selectOption({ label: "Administration communale" });
  await solveCaptcha(page);
  const number = await submitAndReadNumber(page);

  // Follow « visualiser la progression du ticket en ligne » from the acknowledgment email.
  const mails = await mailsForTicket(page, number, 2);
  const acknowledgment = mails.find((mail) => mail.to === email);
  await page.goto(acknowledgment?.href ?? "/boite-mail");
  const href =
    (await page.getByRole("link", { name: /\/suivi\/acces\// }).getAttribute("href")) ?? "";
  const token = href.split("/suivi/acces/")[1];
  expect(token?.length).toBeGreaterThan(20);
  const exchange = await page.request.get(href, { maxRedirects: 0 });
  expect(exchange.status()).toBe(303);
  expect(exchange.headers()["referrer-policy"]).toBe("no-referrer");
  expect(exchange.headers()["location"]).toBe(`/suivi/ticket/${number}`);
  await page.goto(href);

  await expect(page).toHaveURL(new RegExp(`/suivi/ticket/${number}$`));
  expect(page.url()).not.toContain(token);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ticket #${number}`);
  await expect(page.getByTestId("ticket-status")).toHaveText("Ouvert");
  await expect(page.getByRole("main")).toContainText("Préverenges");

  // Add information with a file.
  const reply = page
    .locator("form[data-hydrated=true]")
    .filter({ has: page.getByLabel("Votre message") });
  await expect(reply).toBeAttached({ timeout: 30_000 });
  await reply.getByLabel("Votre message").fill("Voici le plan corrigé.\nMerci d'avance.");
  await reply.locator("input[type=file]").setInputFiles(pdfFile("plan-corrigé.pdf"));
  const send = reply.getByRole("button", { name: "Envoyer" });
  await expect(send).toBeEnabled({ timeout: 30_000 });
  await send.click();

  const message = page
    .getByRole("article", { name: "Message de Marie Dupont" })
    .filter({ hasText: "Voici le plan corrigé." });
  await expect(message).toBeVisible();
  const fileLink = message.getByRole("link", { name: "plan-corrigé.pdf" });
  await expect(fileLink).toBeVisible();
  const download = page.waitForEvent("download");
  await fileLink.click();
  expect((await download).suggestedFilename()).toBe("plan-corrigé.pdf");

  // The group's referent got the ticket alert, then the alert about the new message.
  await expect(async () => {
    const all = await mailsForTicket(page, number, 3);
    expect(all.filter((mail) => mail.to === referent).length).toBeGreaterThanOrEqual(2);
  }).toPass({ timeout: 30_000 });

  // Close the ticket with a last word.
  await page.goto(`/suivi/ticket/${number}`);
  await page.getByRole("button", { name: "Fermer le ticket" }).click();
  await page.getByLabel("Un dernier mot (facultatif)").fill("Tout est en ordre, merci.");
  await page.getByRole("button", { name: "Confirmer la fermeture" }).click();

  await expect(page.getByTestId("ticket-status")).toHaveText("Fermé");
  await expect(page.getByRole("main")).toContainText("Tout est en ordre, merci.");
  await expect(page.getByRole("link", { name: "Ouvrir un nouveau ticket" })).toHaveAttribute(
    "href",
    "/tickets/nouveau",
  );
  await expect(page.getByLabel("Votre message")).toHaveCount(0);
});

test("an invalid link says so and offers the lookup form", async ({ page }) => {
  await page.goto("/suivi/acces/this-link-was-never-issued-by-guichet-at-all");

  await expect(page).toHaveURL(/\/suivi\?lien=invalide$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Ce lien de suivi n'est plus valable" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Afficher le ticket" })).toBeVisible();
});
