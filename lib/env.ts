import "server-only";

import { z } from "zod";

// Every setting Guichet reads, validated once. Each real part (PostgreSQL server, Resend,
// hCaptcha, UploadThing) is switched on by its variables alone; with none set, Guichet
// runs on its embedded defaults.
const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("must be a postgresql:// connection URL"),
    // The embedded PGlite server mixes up statements of concurrent connections, so the start
    // and test commands set 1 when they run it; a real PostgreSQL server takes a pool.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // The embedded server also shares session state, such as prepared statements, between
    // its connections; "off" there (the start and test commands set it).
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on"),
    APP_URL: z.string().url("must be the public base URL, e.g. https://support.example.org").default("http://localhost:3000"),
    DATA_DIR: z.string().default(".data"),
    AUTH_SECRET: optional,
    // Read by next.config.ts when the server starts; validated here so a typo is reported.
    // Behind a reverse proxy that compresses (it terminates TLS anyway), set "off": Node then
    // spends nothing compressing small, streamed answers.
    HTTP_COMPRESSION: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on"),
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    MAIL_FROM: z.string().default("Guichet <support@example.org>"),
    RESEND_API_KEY: optional,
    RESEND_BASE_URL: optional.pipe(z.string().url().optional()),
    HCAPTCHA_SITE_KEY: optional,
    HCAPTCHA_SECRET: optional,
    HCAPTCHA_VERIFY_URL: z.string().url().default("https://api.hcaptcha.com/siteverify"),
    ALTCHA_HMAC_KEY: optional,
    UPLOADTHING_TOKEN: optional,
    MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
    MAX_UPLOAD_FILES: z.coerce.number().int().positive().max(20).default(5),
    // Failed « Afficher le ticket » attempts allowed per window, per client IP and per email.
    // The per-IP limit is higher because offices and the e2e suite share one address.
    TRACKING_LOOKUP_IP_LIMIT: z.coerce.number().int().positive().default(20),
    TRACKING_LOOKUP_EMAIL_LIMIT: z.coerce.number().int().positive().default(5),
    TRACKING_LOOKUP_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.HCAPTCHA_SITE_KEY) !== Boolean(env.HCAPTCHA_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["HCAPTCHA_SECRET"],
        message: "HCAPTCHA_SITE_KEY and HCAPTCHA_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;

  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);

  return cached;
}

/** Tests switch services on and off through process.env; this makes env() read it again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
