import pg from "pg";

import { Prisma } from "@/lib/generated/prisma/client";

// Writes fail through Prisma or, on the hot paths (see sql-client.ts), straight from pg.
// Prisma reports the columns of a violated unique constraint in `meta.target` with its own
// engine, and under `meta.driverAdapterError.cause.constraint.fields` with a driver adapter.
// A raw query ($queryRaw, $executeRaw) fails with P2010 instead, with the same adapter
// details (and PostgreSQL's SQLSTATE code) under the same key.
type AdapterCause = {
  originalCode?: unknown;
  originalMessage?: unknown;
  constraint?: { fields?: unknown };
};
type ErrorMeta = { target?: unknown; driverAdapterError?: { cause?: AdapterCause } };

const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";

function asStrings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}

function knownError(error: unknown): { code: string; meta: ErrorMeta } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;

  return { code: error.code, meta: (error.meta ?? {}) as ErrorMeta };
}

// A raw query's failure, with PostgreSQL's SQLSTATE code.
function rawQueryCause(error: unknown, sqlState: string): AdapterCause | null {
  const known = knownError(error);
  const cause = known?.code === "P2010" ? known.meta.driverAdapterError?.cause : undefined;

  return cause?.originalCode === sqlState ? cause : null;
}

// pg's own error, from a statement run outside Prisma.
function pgError(error: unknown, sqlState: string): pg.DatabaseError | null {
  return error instanceof pg.DatabaseError && error.code === sqlState ? error : null;
}

// Without the adapter's fields, the constraint's name: Prisma names unique indexes
// "<Model>_<field>[_<field>…]_key", and the schema's fields have no underscore.
function fieldsFromConstraintName(name: string | undefined): string[] {
  const parts = name?.split("_") ?? [];
  if (parts.length < 3 || parts.at(-1) !== "key") return [];

  return parts.slice(1, -1);
}

// The adapter quotes the field names as PostgreSQL's message does ("number"); callers
// compare bare names.
function unquoted(fields: string[]): string[] {
  return fields.map((field) => field.replace(/^"(.*)"$/, "$1"));
}

/** The fields of the unique constraint a write violated, or null for any other error. */
export function uniqueViolationFields(error: unknown): string[] | null {
  const known = knownError(error);
  if (known?.code === "P2002") {
    const fromAdapter = asStrings(known.meta.driverAdapterError?.cause?.constraint?.fields);

    return unquoted(fromAdapter ?? asStrings(known.meta.target) ?? []);
  }

  const fromPg = pgError(error, UNIQUE_VIOLATION);
  if (fromPg) {
    // PostgreSQL's detail names the key: Key ("number")=(123456) already exists.
    const key = /^Key \((.+?)\)=/.exec(fromPg.detail ?? "")?.[1];

    return key ? unquoted(key.split(", ")) : fieldsFromConstraintName(fromPg.constraint);
  }

  const raw = rawQueryCause(error, UNIQUE_VIOLATION);
  if (!raw) return null;
  const fields = asStrings(raw.constraint?.fields);
  const message = typeof raw.originalMessage === "string" ? raw.originalMessage : "";

  return fields ? unquoted(fields) : fieldsFromConstraintName(/unique constraint "([^"]+)"/.exec(message)?.[1]);
}

/** A write referred to a row that does not exist (any more). */
export function isForeignKeyViolation(error: unknown): boolean {
  return (
    knownError(error)?.code === "P2003" ||
    rawQueryCause(error, FOREIGN_KEY_VIOLATION) !== null ||
    pgError(error, FOREIGN_KEY_VIOLATION) !== null
  );
}
