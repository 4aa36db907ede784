import { randomUUID } from "node:crypto";

import { describe, expect, it, vi } from "vitest";

import { db } from "@/lib/db/client";
import { ticketFormInput } from "@/tests/fixtures/ticket-form-input";

import { createTicket } from "./create-ticket";
import { generateTicketNumber } from "./generate-ticket-number";

// The number generator is replaced so a collision with an existing ticket is certain.
vi.mock("./generate-ticket-number", () => ({ generateTicketNumber: vi.fn() }));

async function questionInput(email: string) {
  const question = await db.topic.findUniqueOrThrow({ where: { slug: "question" } });

  return ticketFormInput({
    email,
    fullName: "Jean Collision",
    phone: "",
    topicId: question.id,
    summary: `Numéro déjà pris ${randomUUID()}`,
  });
}

function freeNumber(): string {
  return String(100_000 + Math.floor(Math.random() * 900_000));
}

describe("createTicket on a ticket number already taken", () => {
  it("draws another number and creates the ticket", async () => {
    const taken = await db.ticket.findFirstOrThrow({ select: { number: true } }).catch(() => null);
    const numbers = vi.mocked(generateTicketNumber);
    const first = freeNumber();
    numbers.mockReturnValueOnce(first);
    await createTicket({ input: await questionInput(`a.${randomUUID()}@example.ch`), locale: "fr" });

    const retried = freeNumber();
    numbers.mockReturnValueOnce(taken?.number ?? first).mockReturnValueOnce(first).mockReturnValueOnce(retried);
    const created = await createTicket({
      input: await questionInput(`b.${randomUUID()}@example.ch`),
      locale: "fr",
    });

    expect(created.isDuplicate).toBe(false);
    expect(created.acknowledgment.number).toBe(retried);
    expect(numbers).toHaveBeenCalledTimes(4);
  });
});
