import "server-only";

import { db } from "@/lib/db/client";

import { cachedReference } from "./reference-cache";

export type ActiveOrganisation = { id: string; name: string };

/** The active organisations, read at most every 10 s per process (see reference-cache). */
export function getActiveOrganisations(): Promise<ActiveOrganisation[]> {
  return cachedReference("active-organisations", () =>
    db.organisation.findMany({ where: { isActive: true }, select: { id: true, name: true } }),
  );
}
