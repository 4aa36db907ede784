import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = { to: string; subject: string; html: string; text: string; idempotencyKey: string | null };

export type ResendStub = {
  /** Base URL to give the SDK as RESEND_BASE_URL. */
  url: string;
  received: ReceivedEmail[];
  /** While down, every request gets a 503, as during a provider outage. */
  setDown(down: boolean): void;
  stop(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A stand-in for Resend's POST /emails on 127.0.0.1, for the real SDK. Like Resend, it
 * answers a repeated Idempotency-Key with the first response and records the email once.
 */
export async function startResendStub(): Promise<ResendStub> {
  const received: ReceivedEmail[] = [];
  const responses = new Map<string, string>();
  let isDown = false;

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const reply = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };

    if (isDown) return reply(503, { name: "application_error", statusCode: 503, message: "Service unavailable" });
    if (request.method !== "POST" || request.url !== "/emails") {
      return reply(404, { name: "not_found", statusCode: 404, message: "Not found" });
    }
    if (request.headers.authorization !== "Bearer re_test") {
      return reply(401, { name: "invalid_api_key", statusCode: 401, message: "API key is invalid" });
    }

    const key = request.headers["idempotency-key"];
    const idempotencyKey = typeof key === "string" ? key : null;
    const earlier = idempotencyKey ? responses.get(idempotencyKey) : undefined;
    if (earlier) return reply(200, earlier);

    const payload = JSON.parse(body) as { to: string | string[]; subject: string; html: string; text: string };
    const to = Array.isArray(payload.to) ? payload.to.join(", ") : payload.to;
    received.push({ to, subject: payload.subject, html: payload.html, text: payload.text, idempotencyKey });
    const answer = JSON.stringify({ id: randomUUID() });
    if (idempotencyKey) responses.set(idempotencyKey, answer);

    return reply(200, answer);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setDown(down) {
      isDown = down;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
