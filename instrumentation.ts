export async function register() {
  // Only in the serving Node process: never during `next build`, which must not touch a database.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startScheduler } = await import('./lib/scheduler');
    startScheduler();
  }
}
