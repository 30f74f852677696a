import 'server-only';
import { getDb } from '@/db';
import { promoteDueScheduled } from '@/db/mutations/story-editing';

export const SCHEDULER_INTERVAL_MS = 30_000;

const g = globalThis as typeof globalThis & { __newsroomScheduler?: ReturnType<typeof setInterval> };

/**
 * Records scheduled translations as published once their time has come. Visibility does not wait
 * for it (a scheduled publication turns live by itself); statuses and the audit log do.
 */
export function startScheduler(): void {
  if (g.__newsroomScheduler) return;
  const tick = () => {
    try {
      getDb().transaction((tx) => promoteDueScheduled(tx));
    } catch (error) {
      console.error('Scheduler: could not promote scheduled stories', error);
    }
  };
  tick();
  g.__newsroomScheduler = setInterval(tick, SCHEDULER_INTERVAL_MS);
  g.__newsroomScheduler.unref();
}
