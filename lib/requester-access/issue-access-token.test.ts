import { describe, expect, it } from "vitest";

import { appPool } from "@/lib/db/app-pool";
import { db } from "@/lib/db/client";
import { pgSqlClient, prismaSqlClient } from "@/lib/db/sql-client";
import { insertTestTicket } from "@/tests/insert-test-ticket";

import { issueAccessToken } from "./issue-access-token";
import { hashSecretToken } from "./secret-token";

describe("issueAccessToken", () => {
  it("stores only the hash of the new token and revokes the older ones of the ticket", async () => {
    const ticket = await insertTestTicket(db);
    const other = await insertTestTicket(db);
    const otherToken = await issueAccessToken(pgSqlClient(appPool()), other.id);

    const first = await issueAccessToken(pgSqlClient(appPool()), ticket.id);
    const second = await issueAccessToken(pgSqlClient(appPool()), ticket.id);
    const newest = await issueAccessToken(pgSqlClient(appPool()), ticket.id);

    expect(new Set([first, second, newest]).size).toBe(3);
    const tokens = await db.accessToken.findMany({ where: { ticketId: ticket.id } });
    expect(tokens).toHaveLength(3);
    expect(tokens.some((token) => [first, second, newest].includes(token.tokenHash))).toBe(false);
    const byHash = new Map(tokens.map((token) => [token.tokenHash, token]));
    expect(byHash.get(hashSecretToken(first))?.revokedAt).not.toBeNull();
    expect(byHash.get(hashSecretToken(second))?.revokedAt).not.toBeNull();
    const current = byHash.get(hashSecretToken(newest));
    expect(current?.revokedAt).toBeNull();
    // Valid for about six months from now.
    const lifetimeDays = ((current?.expiresAt.getTime() ?? 0) - Date.now()) / (24 * 60 * 60 * 1000);
    expect(lifetimeDays).toBeGreaterThan(179);
    expect(lifetimeDays).toBeLessThan(181);
    // Another ticket's link is untouched.
    const untouched = await db.accessToken.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(otherToken) } });
    expect(untouched.revokedAt).toBeNull();
  });

  it("joins a Prisma transaction, which undoes it on rollback", async () => {
    const ticket = await insertTestTicket(db);
    const kept = await issueAccessToken(pgSqlClient(appPool()), ticket.id);

    await expect(
      db.$transaction(async (tx) => {
        await issueAccessToken(prismaSqlClient(tx), ticket.id);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");

    const tokens = await db.accessToken.findMany({ where: { ticketId: ticket.id } });
    expect(tokens.map((token) => [token.tokenHash, token.revokedAt])).toEqual([[hashSecretToken(kept), null]]);
  });
});
