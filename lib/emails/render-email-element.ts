import "server-only";

import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders once to HTML and derives the plain-text version from it, links included. */
export async function renderEmailElement(subject: string, element: ReactElement): Promise<RenderedEmail> {
  const html = await render(element);
  const text = toPlainText(html);

  return { subject, html, text };
}
