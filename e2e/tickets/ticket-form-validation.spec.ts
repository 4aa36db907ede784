import { expect, test, type Locator, type Page } from "@playwright/test";

import { uniqueEmail } from "../support/unique-email";
import {
  captchaWidget,
  choosePartner,
  chooseTopic,
  fillRequester,
  openTicketForm,
  solveCaptcha,
} from "./ticket-form-helpers";

async function expectFieldError(page: Page, label: string | Locator, message: string) {
  const field =
    typeof label === "string" ? page.getByLabel(label, { exact: false }).first() : label;
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escape(message)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("missing and invalid fields show their messages next to them, in French then in English", async ({
  page,
}) => {
  await openTicketForm(page);

  await page.getByRole("button", { name: "Créer" }).click();
  await expectFieldError(page, "Adresse e-mail", "Indiquez votre adresse e-mail.");
  await expectFieldError(page, "Nom complet", "Indiquez votre nom complet.");
  await expectFieldError(page, "Rubrique d'aide", "Choisissez une rubrique d'aide.");
  await expect(page.getByText("Faites la vérification anti-robot.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();

  await chooseTopic(page, "Questions relatives aux données");
  await page.getByRole("button", { name: "Créer" }).click();
  await expectFieldError(page, "Résumé de la requête", "Résumez votre requête en une phrase.");
  await expectFieldError(
    page,
    page.locator("#ticket-partnerId"),
    "Choisissez le partenaire (commune ou association) concerné.",
  );
  await expectFieldError(
    page,
    page.locator("#ticket-organisationId"),
    "Choisissez votre raison sociale.",
  );

  await page.getByLabel("Adresse e-mail").fill("marie@");
  await page.getByLabel("Numéro de téléphone").fill("abc");
  await expectFieldError(
    page,
    "Adresse e-mail",
    "Indiquez une adresse e-mail valide, par exemple nom@exemple.ch.",
  );
  await expectFieldError(page, "Numéro de téléphone", "Indiquez un numéro de téléphone valide");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await openTicketForm(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New ticket");
  await page.getByRole("button", { name: "Create" }).click();
  await expectFieldError(page, "Email address", "Enter your email address.");
  await expectFieldError(page, "Full name", "Enter your full name.");
  await expectFieldError(page, "Help topic", "Choose a help topic.");
  await page.getByLabel("Email address").fill("not-an-address");
  await expectFieldError(
    page,
    "Email address",
    "Enter a valid email address, for example name@example.ch.",
  );
});

test("Réinitialiser clears every field, the partner and the CAPTCHA", async ({ page }) => {
  await openTicketForm(page);
  await fillRequester(page, { email: uniqueEmail("reset"), fullName: "Anne Reset" });
  await chooseTopic(page, "Questions relatives aux outils");
  await page.getByLabel("Résumé de la requête").fill("Impression PDF impossible");
  await choosePartner(page, "lisle", "L'Isle");
  await solveCaptcha(page);

  await page.getByRole("button", { name: "Réinitialiser" }).click();

  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("");
  await expect(page.getByLabel("Nom complet")).toHaveValue("");
  await expect(page.getByLabel("Rubrique d'aide")).toHaveValue("");
  await expect(page.getByLabel("Résumé de la requête")).toHaveCount(0);
  await expect(captchaWidget(page)).not.toHaveAttribute("data-state", "verified");

  await chooseTopic(page, "Questions relatives aux outils");
  await expect(page.getByLabel("Résumé de la requête")).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Nom" })).toHaveValue("");
});

test("Annuler leaves the form for the home page", async ({ page }) => {
  await openTicketForm(page);
  await page.getByLabel("Adresse e-mail").fill("parti@example.ch");

  await page.getByRole("link", { name: "Annuler" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centre de support");
});

test("an error found by the server lands on its field, and a fresh CAPTCHA is asked for", async ({
  page,
}) => {
  await openTicketForm(page);
  await fillRequester(page, { email: uniqueEmail("serveur"), fullName: "Sandra Serveur" });
  await chooseTopic(page, "Questions relatives aux données");
  await page.getByLabel("Résumé de la requête").fill("Partenaire disparu entre-temps");
  await choosePartner(page, "Morges", "Morges");
  await page.locator("#ticket-organisationId").selectOption({ index: 1 });
  await solveCaptcha(page);

  // The partner disappears between the page load and the submission.
  await page.route("**/tickets/nouveau", async (route) => {
    const body = route.request().postData() ?? "";
    const isAction = route.request().method() === "POST" && body.includes("partnerId");
    await route.continue(
      isAction ? { postData: body.replace(/"partnerId":"[^"]+"/, '"partnerId":"gone"') } : {},
    );
  });
  await page.getByRole("button", { name: "Créer" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Le ticket n'a pas été créé." }),
  ).toBeVisible();
  await expectFieldError(
    page,
    page.locator("#ticket-partnerId"),
    "Ce partenaire n'existe pas ou n'est plus actif. Choisissez-en un dans la liste.",
  );
  await expect(page.locator("#ticket-partnerId")).toBeFocused();
  await expect(captchaWidget(page)).not.toHaveAttribute("data-state", "verified");
});
