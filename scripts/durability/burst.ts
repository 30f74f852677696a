// Editors saving as fast as the server answers, each in a few tabs, some tabs on the same story
// (so saves race and conflicts happen, answered as the editor's "keep mine" does: again, on top of
// the version the conflict named). Shared by the kill test and the soak.
import type { EditorSession, SaveAnswer } from './client';
import { sourceTranslation } from './harness';
import type { Acknowledged } from './ledger';

export type Tab = { session: EditorSession; storyId: number; translationId: number; slug: string; label: string };

/**
 * Each editor creates a story, then has two tabs open: their own story and the next editor's, so
 * every story has two people saving it at once. `place` picks the session (server) of a tab.
 */
export async function openTabs(
  sessions: EditorSession[],
  databasePath: string,
  title: string,
  place: (session: EditorSession, editor: number, tab: number) => EditorSession = (session) => session,
): Promise<Tab[]> {
  const stories: { storyId: number; translationId: number; slug: string }[] = [];
  for (const [i, session] of sessions.entries()) {
    const storyId = await session.createStory(`${title} ${i + 1}`);
    stories.push({ storyId, ...sourceTranslation(databasePath, storyId) });
  }
  return sessions.flatMap((session, i) =>
    [stories[i]!, stories[(i + 1) % stories.length]!].map((story, k) => ({ ...story, session: place(session, i, k), label: `e${i + 1}t${k + 1}` })),
  );
}

export type BurstStats = {
  ledger: Acknowledged[];
  /** Saves sent whose answer never came (connection refused or cut). By translation. */
  unanswered: Map<number, number>;
  conflicts: number;
  /** Answers other than ok / conflict: 5xx, error pages, unexpected errors. */
  failures: string[];
  latenciesMs: number[];
  inFlight: number;
};

export function newBurstStats(): BurstStats {
  return { ledger: [], unanswered: new Map(), conflicts: 0, failures: [], latenciesMs: [], inFlight: 0 };
}

/**
 * Runs one tab's save loop until `shouldStop()` or until the server stops answering. Every
 * `manualEvery`-th save is a manual save with a note; the rest are autosaves.
 */
export async function runTab(
  tab: Tab,
  startVersion: number,
  stats: BurstStats,
  options: { shouldStop: () => boolean; manualEvery?: number; pauseMs?: () => number; run: string },
): Promise<void> {
  let base = startVersion;
  for (let n = 1; !options.shouldStop(); n++) {
    const autosave = n % (options.manualEvery ?? 3) !== 0;
    const token = `${options.run}:${tab.label}:${n}`;
    stats.inFlight++;
    const outcome = await tab.session.save(tab.storyId, {
      translationId: tab.translationId,
      baseVersion: base,
      title: `Durability ${tab.storyId}`,
      slug: tab.slug,
      summary: token,
      bodyText: `Body of ${token}`,
      autosave,
      note: autosave ? undefined : `manual ${token}`,
    });
    stats.inFlight--;
    stats.latenciesMs.push(outcome.ms);
    if (outcome.kind === 'noAnswer') {
      stats.unanswered.set(tab.translationId, (stats.unanswered.get(tab.translationId) ?? 0) + 1);
      return;
    }
    const answer: SaveAnswer | null = outcome.value;
    if (outcome.status === 200 && answer?.ok) {
      stats.ledger.push({ translationId: tab.translationId, version: answer.version, token, autosave, email: tab.session.email });
      base = answer.version;
    } else if (outcome.status === 200 && answer && !answer.ok && answer.error === 'Errors.conflict' && answer.conflict) {
      stats.conflicts++;
      base = answer.conflict.version;
    } else {
      stats.failures.push(`${tab.label} save ${n}: HTTP ${outcome.status} ${JSON.stringify(answer)}`);
    }
    const pause = options.pauseMs?.() ?? 0;
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
