import { expect, test } from "@playwright/test";

test("the home page offers to open and to track a ticket, in French then in English", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centre de support");
  await expect(page.getByRole("main").getByRole("link", { name: /Nouveau ticket/ })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /Suivre un ticket/ })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support centre");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
