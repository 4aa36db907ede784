// Runs once when the Next server starts (not during `next build`). The Node-only work lives
// in its own module, imported only in the Node runtime, so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startServerTasks } = await import("./lib/start-server-tasks");
  startServerTasks();
}
