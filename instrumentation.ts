// Runs once when the Next server starts (not during `next build`): starts the worker that
// delivers the email outbox.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startEmailWorker } = await import("./lib/mail/email-worker");
  startEmailWorker();
}
