import type { ThreadEntryKind } from "@/lib/generated/prisma/enums";

/** The only entry kinds a requester may ever see; internal notes are never among them. */
export const publicEntryKinds: ThreadEntryKind[] = ["REQUESTER_MESSAGE", "STAFF_REPLY", "SYSTEM_EVENT"];

/** System events shown to the requester as a neutral line; any other stays staff-only. */
export const publicEventTypes = ["routed", "reopened", "closed", "resolved", "waiting"] as const;
export type PublicEventType = (typeof publicEventTypes)[number];

export function isPublicEventType(value: unknown): value is PublicEventType {
  return typeof value === "string" && (publicEventTypes as readonly string[]).includes(value);
}

/** Author name of the system events this module writes. */
export const systemAuthorName = "Guichet";
