import "server-only";

import { createHash } from "node:crypto";

import type pg from "pg";

import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

import { appPool } from "./app-pool";
import type { DbClient } from "./client";

/**
 * One SQL statement at a time, on a plain pg connection or through Prisma. The paths every
 * new ticket and every email take run on plain pg: measured under load, a Prisma interactive
 * transaction of five raw statements cost about 2.4 ms of server CPU against 0.3 ms on pg.
 * Through Prisma, the same functions join a transaction Prisma already holds.
 *
 * Statements are written with Prisma.sql, whose values become parameters. Results differ
 * slightly between the two: select text, integers and JSON, not timestamps (pg reads those
 * in the server's time zone) or bigints (pg returns them as strings).
 */
export type SqlClient = {
  rows<Row>(statement: Prisma.Sql): Promise<Row[]>;
  /** The number of rows the statement wrote. */
  count(statement: Prisma.Sql): Promise<number>;
};

const statementNames = new Map<string, string>();

// Each connection prepares a statement once and then only binds values to it, so PostgreSQL
// parses and plans the hot statements once per connection rather than at every ticket
// (measured: the database's CPU per ticket halved). The name is derived from the text; the
// code holds a few dozen distinct texts, so the cache is bounded.
// LIMITATION: a migration applied while the server runs can make a prepared statement fail
// ("cached plan must not change result type") until the server restarts, as deploys do.
function prepared(statement: Prisma.Sql): pg.QueryConfig {
  if (env().DATABASE_PREPARED_STATEMENTS === "off") return { text: statement.text, values: statement.values };

  let name = statementNames.get(statement.text);
  if (!name) {
    name = `guichet_${createHash("sha1").update(statement.text).digest("hex").slice(0, 20)}`;
    statementNames.set(statement.text, name);
  }

  return { name, text: statement.text, values: statement.values };
}

export function pgSqlClient(client: pg.ClientBase | pg.Pool): SqlClient {
  return {
    async rows<Row>(statement: Prisma.Sql) {
      const result = await client.query(prepared(statement));

      return result.rows as Row[];
    },
    async count(statement) {
      const result = await client.query(prepared(statement));

      return result.rowCount ?? 0;
    },
  };
}

export function prismaSqlClient(db: DbClient): SqlClient {
  return {
    rows: <Row>(statement: Prisma.Sql) => db.$queryRaw<Row[]>(statement),
    count: (statement) => db.$executeRaw(statement),
  };
}

/**
 * Runs `work` in a transaction on one pooled connection: committed when it returns, rolled
 * back when it throws. Nothing inside may use the shared Prisma client: on the embedded
 * database the pool holds one connection, which this transaction has.
 */
export async function inTransaction<T>(
  work: (sql: SqlClient) => Promise<T>,
  pool: pg.Pool = appPool(),
): Promise<T> {
  const client = await pool.connect();
  let isBroken = false;
  try {
    await client.query("BEGIN");
    const result = await work(pgSqlClient(client));
    await client.query("COMMIT");

    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      isBroken = true;
    });
    throw error;
  } finally {
    // A connection that could not roll back is closed rather than handed to the next caller.
    client.release(isBroken);
  }
}
