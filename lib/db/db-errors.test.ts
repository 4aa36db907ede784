import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";

import { appPool } from "./app-pool";
import { db } from "./client";
import { isForeignKeyViolation, uniqueViolationFields } from "./db-errors";
import { pgSqlClient } from "./sql-client";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the write to fail");
    },
    (error: unknown) => error,
  );
}

describe("database errors from Prisma", () => {
  it("names the fields of a unique constraint a model call violated", async () => {
    const solutionHash = `test-${randomUUID()}`;
    const expiresAt = new Date(Date.now() + 60_000);
    await db.usedCaptcha.create({ data: { solutionHash, expiresAt } });

    const error = await failure(db.usedCaptcha.create({ data: { solutionHash, expiresAt } }));

    expect(uniqueViolationFields(error)).toEqual(["solutionHash"]);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it("names the fields of a unique constraint a raw statement violated", async () => {
    const solutionHash = `test-${randomUUID()}`;
    const insert = () => db.$executeRaw`
      INSERT INTO "UsedCaptcha" ("solutionHash", "expiresAt") VALUES (${solutionHash}, now())`;
    await insert();

    const error = await failure(insert());

    expect(uniqueViolationFields(error)).toEqual(["solutionHash"]);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it("recognises a raw statement's foreign key violation", async () => {
    const error = await failure(db.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "action", "actorType", "ticketId")
      VALUES (${randomUUID()}, 'test', 'test', ${`missing-${randomUUID()}`})`);

    expect(isForeignKeyViolation(error)).toBe(true);
    expect(uniqueViolationFields(error)).toBeNull();
  });

  it("ignores other errors", async () => {
    const error = await failure(db.$executeRaw`SELECT 1/0`);

    expect(uniqueViolationFields(error)).toBeNull();
    expect(isForeignKeyViolation(error)).toBe(false);
    expect(uniqueViolationFields(new Error("boom"))).toBeNull();
  });
});

describe("database errors from pg", () => {
  const sql = () => pgSqlClient(appPool());

  it("names the fields of a violated unique constraint", async () => {
    const solutionHash = `test-${randomUUID()}`;
    const insert = () => sql().count(Prisma.sql`
      INSERT INTO "UsedCaptcha" ("solutionHash", "expiresAt") VALUES (${solutionHash}, now())`);
    await insert();

    const error = await failure(insert());

    expect(uniqueViolationFields(error)).toEqual(["solutionHash"]);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it("recognises a foreign key violation and ignores other errors", async () => {
    const missing = await failure(sql().count(Prisma.sql`
      INSERT INTO "AuditEvent" ("id", "action", "actorType", "ticketId")
      VALUES (${randomUUID()}, 'test', 'test', ${`missing-${randomUUID()}`})`));
    const division = await failure(sql().rows(Prisma.sql`SELECT 1/0`));

    expect(isForeignKeyViolation(missing)).toBe(true);
    expect(uniqueViolationFields(missing)).toBeNull();
    expect(isForeignKeyViolation(division)).toBe(false);
    expect(uniqueViolationFields(division)).toBeNull();
  });
});
