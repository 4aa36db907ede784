import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { appPool } from "@/lib/db/app-pool";
import { db } from "@/lib/db/client";
import { pgSqlClient } from "@/lib/db/sql-client";

import { createLocalTransport } from "./local-transport";
import type { OutgoingMessage } from "./mail-transport";

function message(id: string, subject: string): OutgoingMessage {
  return { id, template: "tracking-link", from: "guichet@example.org", to: "local@example.org", subject, html: `<p>${subject}</p>`, text: subject };
}

describe("local transport", () => {
  it("stores a retried delivery once and answers with the same id", async () => {
    const transport = createLocalTransport(pgSqlClient(appPool()));
    const id = `email-${randomUUID()}`;

    const first = await transport.send(message(id, "Première tentative"));
    const retried = await transport.send(message(id, "Deuxième tentative"));

    expect(retried.providerId).toBe(first.providerId);
    const stored = await db.localMailboxMessage.findMany({ where: { emailId: id } });
    expect(stored).toHaveLength(1);
    expect(first.providerId).toBe(`local:${stored[0].id}`);
    // The message the requester could already have read stays as it was.
    expect(stored[0].subject).toBe("Première tentative");
    expect(stored[0].text).toBe("Première tentative");
  });

  it("stores each email of the outbox as its own message", async () => {
    const transport = createLocalTransport(pgSqlClient(appPool()));

    const [one, two] = await Promise.all([
      transport.send(message(`email-${randomUUID()}`, "Un")),
      transport.send(message(`email-${randomUUID()}`, "Deux")),
    ]);

    expect(one.providerId).not.toBe(two.providerId);
  });
});
