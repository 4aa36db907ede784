import { describe, expect, it } from "vitest";

import { refusal } from "@/tests/app-error-of";

import { forgetReferenceData } from "./reference-cache";
import { getRoutingTable, routeTicket, type RoutingTable } from "./route-ticket";

const anne = { id: "u1", name: "Anne Rochat", email: "anne@example.org" };
const bruno = { id: "u2", name: "Bruno Favre", email: "bruno@example.org" };
const support = { id: "u3", name: "Support", email: "support@example.org" };

const table: RoutingTable = {
  partners: new Map([
    ["p-morges", { partnerName: "Préverenges", groupId: "g1", groupName: "Morges", referents: [anne, bruno] }],
    ["p-alone", { partnerName: "L'Isle", groupId: "g2", groupName: "Venoge", referents: [] }],
  ]),
  supportTeam: [support],
};
const dataTopic = { routing: "PARTNER_GROUP" as const };

describe("routeTicket", () => {
  it("sends a data ticket to the referents of the partner's group", () => {
    expect(routeTicket(table, { topic: dataTopic, partnerId: "p-morges" })).toEqual({
      groupId: "g1",
      groupName: "Morges",
      partnerName: "Préverenges",
      recipients: [anne, bruno],
    });
  });

  it("sends a public question to the support team", () => {
    const route = routeTicket(table, { topic: { routing: "SUPPORT_TEAM" }, partnerId: null });

    expect(route).toEqual({ groupId: null, groupName: null, partnerName: null, recipients: [support] });
  });

  it("keeps the group but alerts the support team when the group has no active referent", () => {
    const route = routeTicket(table, { topic: dataTopic, partnerId: "p-alone" });

    expect(route.groupId).toBe("g2");
    expect(route.recipients).toEqual([support]);
  });

  it("refuses an unknown or inactive partner on its field", async () => {
    const error = await refusal(Promise.resolve().then(() => routeTicket(table, { topic: dataTopic, partnerId: "gone" })));

    expect(error.fieldErrors).toEqual({ partnerId: "ticketForm.errors.partnerUnknown" });
  });
});

describe("getRoutingTable", () => {
  it("reads each seeded partner's group and its active referents", async () => {
    forgetReferenceData();
    const routing = await getRoutingTable();
    const preverenges = [...routing.partners.values()].find((partner) => partner.partnerName === "Préverenges");

    expect(routing.partners.size).toBeGreaterThanOrEqual(62);
    expect(preverenges?.referents.map((referent) => referent.email)).toEqual(["referent.morges-et-lac@example.org"]);
    expect(routing.supportTeam.length).toBeGreaterThan(0);
  });
});
