import { randomUUID } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { GET as openTrackingLink } from "@/app/suivi/acces/[token]/route";
import { appPool } from "@/lib/db/app-pool";
import { db } from "@/lib/db/client";
import { pgSqlClient } from "@/lib/db/sql-client";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createTestTicket } from "@/tests/fixtures/create-test-ticket";

import { clientIp } from "./client-ip";
import { issueAccessToken } from "./issue-access-token";
import { lookUpTicket } from "./look-up-ticket";
import { revokeRequesterAccess } from "./revoke-access";
import { hashSecretToken } from "./secret-token";

async function follow(token: string) {
  const response = await openTrackingLink(new Request(`http://localhost/suivi/acces/${token}`), {
    params: Promise.resolve({ token }),
  });

  return {
    status: response.status,
    location: response.headers.get("location"),
    referrerPolicy: response.headers.get("referrer-policy"),
    cookie: response.headers.get("set-cookie") ?? "",
  };
}

function uniqueIp() {
  return `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
}

async function expectRefusal(attempt: Promise<unknown>, code: AppError["code"]) {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);

  return error as AppError;
}

describe("magic link", () => {
  it("opens a session for its ticket and sends the browser on without the token", async () => {
    const { ticket, token } = await createTestTicket(db);

    const opened = await follow(token);

    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`/suivi/ticket/${ticket.number}`);
    expect(opened.location).not.toContain(token);
    expect(opened.referrerPolicy).toBe("no-referrer");
    expect(opened.cookie).toMatch(/^guichet_suivi=/);
    expect(opened.cookie).toMatch(/HttpOnly/i);
    expect(opened.cookie).toMatch(/SameSite=lax/i);
    expect(opened.cookie).toMatch(/Path=\//);

    // Only the hash of the session secret is stored.
    const secret = opened.cookie.split(";")[0].split("=")[1];
    const session = await db.requesterSession.findUnique({ where: { sessionHash: hashSecretToken(secret) } });
    expect(session?.ticketId).toBe(ticket.id);
    expect(await db.requesterSession.count({ where: { sessionHash: secret } })).toBe(0);
  });

  it("refuses a revoked token and ends the sessions it opened", async () => {
    const { ticket, token } = await createTestTicket(db);
    expect((await follow(token)).status).toBe(303);

    const revoked = await revokeRequesterAccess(db, ticket.id);

    expect(revoked.revokedTokens).toBe(1);
    expect(revoked.endedSessions).toBe(1);
    expect(await db.requesterSession.count({ where: { ticketId: ticket.id } })).toBe(0);
    const refused = await follow(token);
    expect(refused.location).toBe("/suivi?lien=invalide");
    expect(refused.cookie).toBe("");
  });

  it("refuses a token replaced by a newer one, and opens with the newer one", async () => {
    const { ticket, token: older } = await createTestTicket(db);
    const newer = await issueAccessToken(pgSqlClient(appPool()), ticket.id);

    expect((await follow(older)).location).toBe("/suivi?lien=invalide");
    expect((await follow(newer)).location).toBe(`/suivi/ticket/${ticket.number}`);
  });

  it("refuses an expired token and an unknown one", async () => {
    const { ticket, token } = await createTestTicket(db);
    await db.accessToken.updateMany({ where: { ticketId: ticket.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await follow(token)).location).toBe("/suivi?lien=invalide");
    expect((await follow("not-a-real-token-but-long-enough-to-look-up")).location).toBe("/suivi?lien=invalide");
  });
});

describe("lookup by email and number", () => {
  it("accepts the email with spaces and capitals, and the number with a hash sign", async () => {
    const email = `marie-${randomUUID().slice(0, 8)}@example.org`;
    const { ticket } = await createTestTicket(db, { requesterEmail: email });
    const typed = `  ${email.replace("marie", "Marie").replace("example.org", "Example.ORG")} `;

    const access = await lookUpTicket(db, { email: typed, number: `#${ticket.number}`, ip: uniqueIp() });
    const spaced = await lookUpTicket(db, {
      email,
      number: ` # ${ticket.number.slice(0, 3)} ${ticket.number.slice(3)} `,
      ip: uniqueIp(),
    });

    expect(access.ticketNumber).toBe(ticket.number);
    expect(spaced.ticketNumber).toBe(ticket.number);
    const session = await db.requesterSession.findUnique({ where: { sessionHash: hashSecretToken(access.secret) } });
    expect(session?.ticketId).toBe(ticket.id);
  });

  it("gives one message for a wrong number, a wrong email and an unknown ticket", async () => {
    const { ticket } = await createTestTicket(db);
    const other = await createTestTicket(db);
    const ip = uniqueIp();

    const wrongNumber = await expectRefusal(
      lookUpTicket(db, { email: ticket.requesterEmail, number: other.ticket.number, ip }),
      "not_found",
    );
    const wrongEmail = await expectRefusal(
      lookUpTicket(db, { email: other.ticket.requesterEmail, number: ticket.number, ip }),
      "not_found",
    );
    const unknown = await expectRefusal(lookUpTicket(db, { email: ticket.requesterEmail, number: "000001", ip }), "not_found");

    expect(new Set([wrongNumber.messageKey, wrongEmail.messageKey, unknown.messageKey])).toEqual(
      new Set(["tracking.errors.lookupFailed"]),
    );
  });
});

describe("lookup rate limit", () => {
  afterEach(() => {
    delete process.env.TRACKING_LOOKUP_IP_LIMIT;
    resetEnvForTests();
  });

  it("refuses the 6th attempt after 5 failures, with the time to wait, even for the right pair", async () => {
    const { ticket } = await createTestTicket(db);
    const ip = uniqueIp();
    for (let failure = 0; failure < 5; failure += 1) {
      await expectRefusal(lookUpTicket(db, { email: ticket.requesterEmail, number: "000002", ip }), "not_found");
    }

    const refused = await expectRefusal(
      lookUpTicket(db, { email: ticket.requesterEmail, number: ticket.number, ip }),
      "rate_limited",
    );

    expect(refused.messageKey).toBe("tracking.errors.rateLimited");
    expect(refused.values.minutes).toBe(15);
  });

  it("counts per email across IP addresses", async () => {
    const { ticket } = await createTestTicket(db);
    for (let failure = 0; failure < 5; failure += 1) {
      await expectRefusal(lookUpTicket(db, { email: ticket.requesterEmail, number: "000003", ip: uniqueIp() }), "not_found");
    }

    await expectRefusal(
      lookUpTicket(db, { email: ` ${ticket.requesterEmail.toUpperCase()}`, number: ticket.number, ip: uniqueIp() }),
      "rate_limited",
    );
  });

  it("counts per IP across emails", async () => {
    process.env.TRACKING_LOOKUP_IP_LIMIT = "5";
    resetEnvForTests();
    const { ticket } = await createTestTicket(db);
    const ip = uniqueIp();
    for (let failure = 0; failure < 5; failure += 1) {
      await expectRefusal(lookUpTicket(db, { email: `${randomUUID()}@example.org`, number: "000004", ip }), "not_found");
    }

    await expectRefusal(lookUpTicket(db, { email: ticket.requesterEmail, number: ticket.number, ip }), "rate_limited");
    // Another address is not held back by this one.
    const access = await lookUpTicket(db, { email: ticket.requesterEmail, number: ticket.number, ip: uniqueIp() });
    expect(access.ticketNumber).toBe(ticket.number);
  });
});

describe("client address", () => {
  it("takes the first forwarded address, then the real IP, then 'unknown'", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

vi.setConfig({ testTimeout: 60_000 });
