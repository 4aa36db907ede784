import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// @axe-core/playwright brings its own playwright-core (a patch release apart from the test
// runner's): the same Page at run time, two declarations of it for TypeScript.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

/** The rules of WCAG 2.2 level AA, which the site promises (2.0 and 2.1 A and AA included). */
export const wcag22aaTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it stands and lists every violation (rule and elements) it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .withTags(wcag22aaTags)
    .analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));

  expect(summary).toEqual([]);
}
