import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { RequesterThreadEntry } from "@/lib/tracking/get-requester-ticket-view";
import tracking from "@/messages/fr/tracking.json";

import { splitLinks } from "./message-body";
import { TicketThread } from "./ticket-thread";

const hostile = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  '<a href="javascript:alert(1)">clic</a>',
  "javascript:alert(1)",
  "Voir https://geo.example.ch/carte?x=1&y=2. Merci",
].join("\n");

function entry(overrides: Partial<RequesterThreadEntry>): RequesterThreadEntry {
  return {
    id: crypto.randomUUID(),
    kind: "REQUESTER_MESSAGE",
    authorName: "Marie",
    body: "",
    eventType: null,
    createdAt: new Date("2026-03-29T00:30:00Z"),
    attachments: [],
    ...overrides,
  };
}

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

function render(entries: RequesterThreadEntry[]) {
  // The third argument of createElement replaces the null children of the props.
  const provider: ProviderProps = { locale: "fr", messages: { tracking }, timeZone: "Europe/Zurich", children: null };

  return renderToStaticMarkup(
    createElement(NextIntlClientProvider, provider, createElement(TicketThread, { ticketNumber: "123456", entries })),
  );
}

describe("the requester's thread renders message bodies inert", () => {
  it("escapes HTML, drops javascript: links and keeps only http(s) links", () => {
    const html = render([
      entry({ body: hostile, attachments: [{ id: "att1", fileName: '<img src=x onerror=alert(1)>.pdf', size: 2048 }] }),
      entry({ kind: "STAFF_REPLY", authorName: '<script>alert("name")</script>', body: hostile }),
    ]);

    // The hostile text is still there, but only as escaped text: no element carries it.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/href="[^"]*javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('href="https://geo.example.ch/carte?x=1&amp;y=2"');
    expect(html).toContain('href="/suivi/ticket/123456/fichiers/att1"');
  });

  it("shows dates in Europe/Zurich, authors and neutral system lines", () => {
    const html = render([
      entry({ body: "Bonjour" }),
      entry({ kind: "SYSTEM_EVENT", authorName: null, eventType: "routed" }),
      entry({ kind: "STAFF_REPLY", authorName: null, body: "Réponse" }),
    ]);

    // 00:30 UTC on the night summer time starts is 01:30 in Zurich.
    expect(html).toContain("29 mars 2026");
    expect(html).toContain("01:30");
    expect(html).toContain("Ticket transmis au référent");
    expect(html).toContain("Équipe support");
  });
});

describe("link detection", () => {
  it("links http and https addresses only, without trailing punctuation", () => {
    expect(splitLinks("a http://x.ch/a, b ftp://x.ch javascript:alert(1)")).toEqual([
      { text: "a " },
      { text: "http://x.ch/a", href: "http://x.ch/a" },
      { text: ", b ftp://x.ch javascript:alert(1)" },
    ]);
  });
});
