// A Prisma driver adapter for PostgreSQL that the migration engine can use too.
//
// Why: Prisma's schema engine (prisma/prisma#27403) reads catalog columns typed `name`
// (OID 19) and `"char"` (OID 18), which @prisma/adapter-pg cannot map, so `migrate` fails
// with "Column type 'name' could not be deserialized". Both types arrive as plain text on
// the wire, so reporting them as `text` (OID 25) is exact. The relabelling lives in the
// pg client class, which covers pool queries, pooled clients and both call styles.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

export function relabelCatalogTypes<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];

  for (const one of results as QueryResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) {
        field.dataTypeID = TEXT_OID;
      }
    }
  }

  return result;
}

type Callback = (error: Error | null, result: unknown) => void;

class CatalogTextClient extends pg.Client {
  // pg's overloads are too many to restate; the wrapper only touches results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];

    if (typeof last === "function") {
      const callback = last as Callback;
      const wrapped: Callback = (error, result) =>
        callback(error, error ? result : relabelCatalogTypes(result));
      return (super.query as (...a: unknown[]) => unknown)(...args.slice(0, -1), wrapped);
    }

    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) return returned.then(relabelCatalogTypes);

    return returned;
  }
}

export function createPool(connectionString: string, max = 10): pg.Pool {
  // Idle connections are kept a minute (pg's default is 10 s): opening one costs both sides
  // a password exchange, which a burst after a quiet moment would otherwise pay in full.
  // They never keep a finished script or test process alive, though.
  return new pg.Pool({ connectionString, max, idleTimeoutMillis: 60_000, allowExitOnIdle: true, Client: CatalogTextClient });
}

class MigrationAwarePrismaPg extends PrismaPg {
  // The stock shadow database drops itself before closing its pool, which PostgreSQL
  // refuses while connections are open; close first, then drop.
  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);

    const url = new URL(this.connectionString);
    url.pathname = `/${database}`;
    const shadowPool = createPool(url.toString(), 2);
    const shadow = await new PrismaPg(shadowPool).connect();
    const dispose = shadow.dispose.bind(shadow);

    shadow.dispose = async () => {
      await dispose();
      await shadowPool.end();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };

    return shadow;
  }

  constructor(private readonly connectionString: string) {
    super(createPool(connectionString));
  }
}

export function createMigrationAdapter(connectionString: string) {
  return new MigrationAwarePrismaPg(connectionString);
}
