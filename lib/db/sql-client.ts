import "server-only";

import type pg from "pg";

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

export function pgSqlClient(client: pg.ClientBase | pg.Pool): SqlClient {
  return {
    async rows<Row>(statement: Prisma.Sql) {
      const result = await client.query(statement.text, statement.values);

      return result.rows as Row[];
    },
    async count(statement) {
      const result = await client.query(statement.text, statement.values);

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
