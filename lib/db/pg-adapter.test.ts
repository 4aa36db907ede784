import { describe, expect, it } from "vitest";

import { createPool, relabelCatalogTypes } from "./pg-adapter";

describe("catalog type relabelling for the migration engine", () => {
  it("reports name and \"char\" columns as text, through the pool and pooled clients", async () => {
    const pool = createPool(process.env.DATABASE_URL!, 2);
    try {
      const viaPool = await pool.query(`SELECT 'a'::name AS n, 'b'::"char" AS c, 1::int AS i`);
      expect(viaPool.fields.map((field) => field.dataTypeID)).toEqual([25, 25, 23]);

      const client = await pool.connect();
      try {
        const viaCallback = await new Promise<{ fields: { dataTypeID: number }[] }>((resolve, reject) =>
          client.query(`SELECT relname FROM pg_class LIMIT 1`, (error, result) =>
            error ? reject(error) : resolve(result),
          ),
        );
        expect(viaCallback.fields[0]?.dataTypeID).toBe(25);
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
  });

  it("leaves other types alone", () => {
    const result = { fields: [{ dataTypeID: 23 }, { dataTypeID: 19 }] };
    expect(relabelCatalogTypes(result).fields.map((field) => field.dataTypeID)).toEqual([23, 25]);
  });
});
