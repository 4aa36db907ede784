import { afterEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";

import { getMailboxMessage } from "./get-mailbox-message";
import { isLocalMailboxEnabled } from "./is-local-mailbox-enabled";
import { listMailboxMessages } from "./list-mailbox-messages";

afterEach(() => {
  delete process.env.RESEND_API_KEY;
  resetEnvForTests();
});

describe("the local mailbox", () => {
  it("lists messages newest first and opens one with its links", async () => {
    const to = `mailbox-${Date.now()}@example.org`;
    const older = await db.localMailboxMessage.create({
      data: { toAddress: to, subject: "Premier", html: "<p>un</p>", text: "un", createdAt: new Date(Date.now() - 60_000) },
    });
    const newer = await db.localMailboxMessage.create({
      data: {
        toAddress: to,
        subject: "Deuxième — Préverenges",
        html: '<a href="http://localhost:3000/suivi/acces/abc?x=1&amp;y=2">lien</a><a href="mailto:x@example.org">m</a>',
        text: "deux",
      },
    });

    const listed = await listMailboxMessages({ to: to.toUpperCase() });
    expect(listed.map((message) => message.id)).toEqual([newer.id, older.id]);
    expect(listed[0].subject).toBe("Deuxième — Préverenges");

    const opened = await getMailboxMessage(newer.id);
    expect(opened?.links).toEqual(["http://localhost:3000/suivi/acces/abc?x=1&y=2"]);
    expect(await getMailboxMessage("missing")).toBeNull();
  });

  it("is closed when Resend is configured", async () => {
    expect(isLocalMailboxEnabled()).toBe(true);

    process.env.RESEND_API_KEY = "re_test";
    resetEnvForTests();

    expect(isLocalMailboxEnabled()).toBe(false);
    await expect(listMailboxMessages()).rejects.toMatchObject({ code: "not_found" });
    await expect(getMailboxMessage("any")).rejects.toMatchObject({ code: "not_found" });
  });
});
