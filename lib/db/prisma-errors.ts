import { Prisma } from "@/lib/generated/prisma/client";

// Prisma reports the columns of a violated unique constraint in `meta.target` with its own
// engine, and under `meta.driverAdapterError.cause.constraint.fields` with a driver adapter.
type UniqueMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
};

function asStrings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}

/** The fields of the unique constraint a write violated, or null for any other error. */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002")
    return null;

  const meta = (error.meta ?? {}) as UniqueMeta;
  const fromAdapter = asStrings(meta.driverAdapterError?.cause?.constraint?.fields);

  return fromAdapter ?? asStrings(meta.target) ?? [];
}

/** A write referred to a row that does not exist (any more). */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}
