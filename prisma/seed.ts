import { createPrismaClient } from "@/lib/db/create-client";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL must be set to seed the database");

const db = createPrismaClient(databaseUrl);
await seedReferenceData(db);
await db.$disconnect();
