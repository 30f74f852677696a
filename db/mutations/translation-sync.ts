import { and, desc, eq } from 'drizzle-orm';
import { pendingChanges, sourceChangesSince, type SourceChange } from '@/lib/staleness';
import type { DbLike } from '../client';
import { latestRevisionId } from './story-editing';
import { revisions, entries, entryTranslations, translationSyncMarks, type EntryTranslation, type TranslationSnapshot } from '../schema';

export type SyncState = {
  target: EntryTranslation;
  source: EntryTranslation;
  /** The source's newest revision, and its newest one that translations must follow. */
  latestSourceRevisionId: number | null;
  latestSignificantRevisionId: number | null;
  syncedSnapshot: TranslationSnapshot | null;
  outOfDate: boolean;
  changes: SourceChange[];
  pending: SourceChange[];
  marks: { key: string; sourceHash: string; resolution: 'updated' | 'no_change' }[];
};

/** Where a translation stands against its source: what changed since its sync and what is still to handle. */
export function getSyncState(db: DbLike, targetId: number): SyncState | null {
  const target = db.select().from(entryTranslations).where(eq(entryTranslations.id, targetId)).get();
  if (!target) return null;
  const story = db.select({ sourceLocale: entries.sourceLocale }).from(entries).where(eq(entries.id, target.entryId)).get();
  if (!story || story.sourceLocale === target.locale) return null;
  const source = db
    .select()
    .from(entryTranslations)
    .where(and(eq(entryTranslations.entryId, target.entryId), eq(entryTranslations.locale, story.sourceLocale)))
    .get();
  if (!source) return null;
  const latest = latestRevisionId(db, source.id);
  const significant = db
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.translationId, source.id), eq(revisions.minor, false)))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get();
  const synced = target.syncedSourceRevisionId
    ? (db.select({ snapshot: revisions.snapshot }).from(revisions).where(eq(revisions.id, target.syncedSourceRevisionId)).get()?.snapshot ?? null)
    : null;
  const outOfDate = significant !== undefined && (target.syncedSourceRevisionId ?? 0) < significant.id;
  const emptySource: TranslationSnapshot = { title: '', slug: '', summary: '', body: { type: 'doc', content: [] }, dateline: '', seoTitle: '', seoDescription: '', status: 'draft' };
  const changes = outOfDate ? sourceChangesSince(synced ?? emptySource, source) : [];
  const marks = db
    .select({ key: translationSyncMarks.key, sourceHash: translationSyncMarks.sourceHash, resolution: translationSyncMarks.resolution })
    .from(translationSyncMarks)
    .where(eq(translationSyncMarks.translationId, target.id))
    .all();
  return {
    target,
    source,
    latestSourceRevisionId: latest,
    latestSignificantRevisionId: significant?.id ?? null,
    syncedSnapshot: synced,
    outOfDate,
    changes,
    pending: pendingChanges(changes, marks),
    marks,
  };
}

export type MarkResult = { ok: true; inStep: boolean; pending: number } | { ok: false; error: 'notFound' | 'notAChange' };

/**
 * Records that the translator handled one change in the source (updated the translation, or
 * judged that no change is needed). When nothing is left to handle, the translation is in step
 * with the source's latest revision. Call inside a transaction.
 */
export function markSourceChange(
  db: DbLike,
  input: { translationId: number; key: string; resolution: 'updated' | 'no_change'; actorId: number | null },
): MarkResult {
  const state = getSyncState(db, input.translationId);
  if (!state) return { ok: false, error: 'notFound' };
  const change = state.changes.find((c) => c.key === input.key);
  if (!change) return { ok: false, error: 'notAChange' };
  const values = { sourceHash: change.hash, resolution: input.resolution, markedById: input.actorId, markedAt: new Date() };
  db.insert(translationSyncMarks)
    .values({ translationId: input.translationId, key: input.key, ...values })
    .onConflictDoUpdate({ target: [translationSyncMarks.translationId, translationSyncMarks.key], set: values })
    .run();
  const pending = pendingChanges(state.changes, [...state.marks.filter((m) => m.key !== input.key), { key: input.key, sourceHash: change.hash }]);
  if (pending.length > 0) return { ok: true, inStep: false, pending: pending.length };
  markInStep(db, input.translationId, state.latestSourceRevisionId);
  return { ok: true, inStep: true, pending: 0 };
}

/** The translation follows the source as it is now; earlier marks are spent. */
export function markInStep(db: DbLike, translationId: number, sourceRevisionId: number | null): void {
  db.update(entryTranslations).set({ syncedSourceRevisionId: sourceRevisionId }).where(eq(entryTranslations.id, translationId)).run();
  db.delete(translationSyncMarks).where(eq(translationSyncMarks.translationId, translationId)).run();
}
