// Runs once when the Next server starts (not during `next build`): checks the configuration,
// then starts the worker that delivers the email outbox.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  // A bad setting stops the server here, with a message naming each bad variable, rather
  // than failing on the first request that needs it.
  const { env } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }

  const { startEmailWorker } = await import("./lib/mail/email-worker");
  startEmailWorker();
}
