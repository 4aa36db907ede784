import { describe, expect, it } from "vitest";

import { newId } from "./new-id";

describe("newId", () => {
  it("makes unique ids that ascend in creation order, shaped like Prisma's cuid()", () => {
    const ids = Array.from({ length: 5_000 }, () => newId());

    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
