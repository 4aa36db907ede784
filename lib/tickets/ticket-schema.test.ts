import { describe, expect, it } from "vitest";

import { makeTicketSchema, ticketSchemaFor } from "./ticket-schema";

const topics = [
  { id: "question", fields: ["DETAILS" as const, "ATTACHMENTS" as const] },
  { id: "donnees", fields: ["DETAILS" as const, "PARTNER" as const, "ORGANISATION" as const] },
];
const schema = makeTicketSchema(topics, { maxAttachments: 2 });

const valid = {
  email: "  Marie.Dupont@Example.CH ",
  fullName: " Marie Dupont ",
  topicId: "question",
  summary: "Une question",
  captcha: "payload",
  submissionKey: "5f0c7a52-8d0e-4a53-9d3e-2f7a3c1e9b10",
};

function errorsOf(values: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(values);

  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("makeTicketSchema", () => {
  it("trims and lower-cases what the requester typed", () => {
    const input = schema.parse(valid);

    expect(input.email).toBe("marie.dupont@example.ch");
    expect(input.fullName).toBe("Marie Dupont");
    expect(input.attachments).toEqual([]);
  });

  it("names every missing field with a full catalogue key", () => {
    expect(
      errorsOf({
        submissionKey: valid.submissionKey,
        email: "",
        fullName: "",
        topicId: "",
        captcha: "",
      }),
    ).toEqual({
      email: "ticketForm.errors.emailRequired",
      fullName: "ticketForm.errors.fullNameRequired",
      topicId: "ticketForm.errors.topicRequired",
      captcha: "ticketForm.errors.captchaRequired",
    });
  });

  it("requires the partner and the organisation only for topics that ask for them", () => {
    expect(errorsOf({ ...valid, topicId: "donnees", summary: "" })).toEqual({
      summary: "ticketForm.errors.summaryRequired",
      partnerId: "ticketForm.errors.partnerRequired",
      organisationId: "ticketForm.errors.organisationRequired",
    });
    expect(
      errorsOf({ ...valid, topicId: "donnees", partnerId: "p1", organisationId: "o1" }),
    ).toEqual({});
    expect(errorsOf({ ...valid, topicId: "unknown" })).toEqual({
      topicId: "ticketForm.errors.topicUnknown",
    });
  });

  it("accepts Swiss and international phone numbers and refuses anything else", () => {
    for (const phone of [
      "",
      "021 123 45 67",
      "+41 21 123 45 67",
      "0041 (0)21 123.45.67",
      "+33 4 50 12 34 56",
    ]) {
      expect(errorsOf({ ...valid, phone })).toEqual({});
    }
    for (const phone of ["abc", "123", "+41 21 123 45 67 89 01 23", "021-ABC-45"]) {
      expect(errorsOf({ ...valid, phone })).toEqual({ phone: "ticketForm.errors.phoneInvalid" });
    }
  });

  it("refuses invalid addresses, overlong texts and too many attachments", () => {
    expect(errorsOf({ ...valid, email: "marie@" })).toEqual({
      email: "ticketForm.errors.emailInvalid",
    });
    expect(errorsOf({ ...valid, summary: "x".repeat(201) })).toEqual({
      summary: "ticketForm.errors.summaryTooLong",
    });
    expect(errorsOf({ ...valid, details: "x".repeat(10_001) })).toEqual({
      details: "ticketForm.errors.detailsTooLong",
    });
    expect(errorsOf({ ...valid, attachments: ["a", "b", "c"] })).toEqual({
      attachments: "ticketForm.errors.tooManyAttachments",
    });
  });
});

describe("ticketSchemaFor", () => {
  it("builds the schema once for the same rules, and again when they change", () => {
    const first = ticketSchemaFor(topics, { maxAttachments: 2 });

    expect(ticketSchemaFor(structuredClone(topics), { maxAttachments: 2 })).toBe(first);

    const withNewTopic = [...topics, { id: "outils", fields: ["DETAILS" as const] }];
    const rebuilt = ticketSchemaFor(withNewTopic, { maxAttachments: 2 });
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.safeParse({ ...valid, topicId: "outils" }).success).toBe(true);
    expect(first.safeParse({ ...valid, topicId: "outils" }).success).toBe(false);
    expect(ticketSchemaFor(withNewTopic, { maxAttachments: 3 })).not.toBe(rebuilt);
  });
});
