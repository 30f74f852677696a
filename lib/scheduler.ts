import 'server-only';
import { getDb } from '@/db';
import { promoteDueScheduled } from '@/db/mutations/story-editing';
import { getEnv } from './env';
import { internalToken } from './internal-token';

export const SCHEDULER_INTERVAL_MS = 30_000;

const g = globalThis as typeof globalThis & { __newsroomScheduler?: ReturnType<typeof setInterval> };

// Slugs whose pages still wait to be refreshed: kept when the server could not be asked (it is
// still starting at the first tick), asked again at the next.
const waiting = new Set<string>();

/**
 * Records scheduled translations as published once their time has come, and has their cached
 * public pages (story, lists, home) rendered afresh: within SCHEDULER_INTERVAL_MS of its time a
 * scheduled story is on the site, with no one acting. The live copy itself turns public by its
 * time alone (isLive); this keeps statuses, the audit log and the page cache true.
 */
export function startScheduler(): void {
  if (g.__newsroomScheduler) return;
  const tick = async () => {
    try {
      for (const p of getDb().transaction((tx) => promoteDueScheduled(tx))) waiting.add(p.slug);
      if (waiting.size === 0) return;
      const slugs = [...waiting];
      await refreshPages(slugs);
      for (const slug of slugs) waiting.delete(slug);
    } catch (error) {
      // Pages still waiting are asked for again at the next tick (the server may still be starting).
      console.error('Scheduler: could not promote scheduled stories or refresh their pages', error);
    }
  };
  void tick();
  g.__newsroomScheduler = setInterval(() => void tick(), SCHEDULER_INTERVAL_MS);
  g.__newsroomScheduler.unref();
}

/** Outside a request revalidatePath does nothing: ask our own route handler to do it. */
async function refreshPages(slugs: string[]): Promise<void> {
  const response = await fetch(`http://localhost:${getEnv().PORT}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsroom-internal': internalToken('revalidate') },
    body: JSON.stringify({ slugs }),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}
