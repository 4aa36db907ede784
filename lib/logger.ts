import "server-only";

import pino from "pino";

// One structured logger. Secrets, tokens and message bodies are never passed to it; the
// redaction list is a second line of defence for fields that could carry them.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "guichet" },
  redact: {
    paths: ["token", "*.token", "password", "*.password", "body", "*.body", "html", "text", "authorization"],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
