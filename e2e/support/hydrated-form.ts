import { expect, type Page } from "@playwright/test";

/**
 * Waits until React drives the page's forms (they say so with data-hydrated): before that, a
 * click on a submit button would post the form natively.
 */
export async function waitForHydratedForm(page: Page): Promise<void> {
  await expect(page.locator("form[data-hydrated=true]").first()).toBeAttached({ timeout: 30_000 });
}
