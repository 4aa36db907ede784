import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";

import pg from "pg";

// Seeds a ticket for the tracking specs straight into the database the app under test uses
// (DATABASE_URL, set by the test command), as the creation form would leave it. Plain SQL,
// so the spec does not load the app's server modules.
export type SeededTicket = { id: string; number: string; email: string; token: string };

function hash(secret: string) {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must point at the app's database to seed tracking tickets");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function seedTrackingTicket(options: { email: string; name?: string }): Promise<SeededTicket> {
  return withClient(async (client) => {
    const topic = await client.query<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'donnees'`);
    const partner = await client.query<{ id: string; groupId: string }>(
      `SELECT id, "groupId" FROM "Partner" WHERE name = 'Préverenges'`,
    );
    const id = `e2e${randomUUID().replace(/-/g, "")}`;
    const name = options.name ?? "Marie Dupont";

    let number = "";
    for (let attempt = 0; attempt < 10 && !number; attempt += 1) {
      const candidate = String(randomInt(100_000, 1_000_000));
      const taken = await client.query(`SELECT 1 FROM "Ticket" WHERE number = $1`, [candidate]);
      if (taken.rowCount === 0) number = candidate;
    }

    await client.query(
      `INSERT INTO "Ticket" (id, number, "requesterEmail", "requesterName", "topicId", "partnerId", "groupId",
         summary, details, "submissionKey", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
      [
        id,
        number,
        options.email,
        name,
        topic.rows[0].id,
        partner.rows[0].id,
        partner.rows[0].groupId,
        "Limite de parcelle décalée à Préverenges",
        "La parcelle 1234 est décalée.",
        randomUUID(),
      ],
    );
    await client.query(
      `INSERT INTO "ThreadEntry" (id, "ticketId", kind, "authorName", body) VALUES ($1, $2, 'REQUESTER_MESSAGE', $3, $4)`,
      [`e2e${randomUUID().replace(/-/g, "")}`, id, name, "La parcelle 1234 est décalée."],
    );

    const token = randomBytes(32).toString("base64url");
    await client.query(
      `INSERT INTO "AccessToken" (id, "ticketId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, now() + interval '30 days')`,
      [`e2e${randomUUID().replace(/-/g, "")}`, id, hash(token)],
    );

    return { id, number, email: options.email, token };
  });
}
