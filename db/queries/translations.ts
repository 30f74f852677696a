import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../index';
import { LOCALES, revisions, entries, entryTranslations, translationPublications, type ContentLocale, type EntryType, type StoryKind, type TranslationStatus } from '../schema';

export type QueueReason = 'missing' | 'out_of_date' | 'in_review';

export type QueueItem = {
  storyId: number;
  type: EntryType;
  kind: StoryKind;
  sourceLocale: ContentLocale;
  targetLocale: ContentLocale;
  sourceTitle: string;
  sourceStatus: TranslationStatus;
  sourcePublishedAt: Date | null;
  targetStatus: TranslationStatus | null;
  reasons: QueueReason[];
  /** When the source last changed in a way that counts (its latest significant revision). */
  sourceChangedAt: Date | null;
};

/**
 * Everything that needs a translator: a language version missing, out of date with its source
 * (a significant source revision newer than the one it was synced to), or waiting for review.
 * Oldest source first. Sources still in draft or archived wait.
 */
export function listTranslationQueue(filters: { reason?: QueueReason; targetLocale?: ContentLocale; type?: EntryType } = {}): QueueItem[] {
  const db = getDb();
  const source = alias(entryTranslations, 'source');
  const target = alias(entryTranslations, 'target');
  const latestSignificant = sql<number | null>`(select max(${revisions.id}) from ${revisions} where ${revisions.translationId} = ${source.id} and ${revisions.minor} = 0)`;
  const out: QueueItem[] = [];
  for (const targetLocale of LOCALES) {
    if (filters.targetLocale && filters.targetLocale !== targetLocale) continue;
    const rows = db
      .select({
        storyId: entries.id,
        type: entries.type,
        kind: entries.kind,
        sourceLocale: entries.sourceLocale,
        sourceTitle: source.title,
        sourceStatus: source.status,
        sourcePublishedAt: sql<number | null>`coalesce(${translationPublications.publishedAt}, ${source.publishedAt})`,
        targetId: target.id,
        targetStatus: target.status,
        synced: target.syncedSourceRevisionId,
        latestSignificant,
        latestSignificantAt: sql<number | null>`(select max(${revisions.createdAt}) from ${revisions} where ${revisions.translationId} = ${source.id} and ${revisions.minor} = 0)`,
      })
      .from(entries)
      .innerJoin(source, and(eq(source.entryId, entries.id), eq(source.locale, entries.sourceLocale)))
      .leftJoin(translationPublications, eq(translationPublications.translationId, source.id))
      .leftJoin(target, and(eq(target.entryId, entries.id), eq(target.locale, targetLocale)))
      .where(and(sql`${entries.sourceLocale} <> ${targetLocale}`, inArray(source.status, ['in_review', 'scheduled', 'published']), filters.type ? eq(entries.type, filters.type) : undefined))
      .orderBy(asc(sql`coalesce(${translationPublications.publishedAt}, ${source.publishedAt}, ${source.updatedAt})`), asc(entries.id))
      .all();
    for (const r of rows) {
      const reasons: QueueReason[] = [];
      if (r.targetId === null) reasons.push('missing');
      else {
        if (r.latestSignificant !== null && (r.synced ?? 0) < r.latestSignificant) reasons.push('out_of_date');
        if (r.targetStatus === 'in_review') reasons.push('in_review');
      }
      if (reasons.length === 0 || (filters.reason && !reasons.includes(filters.reason))) continue;
      out.push({
        storyId: r.storyId,
        type: r.type,
        kind: r.kind,
        sourceLocale: r.sourceLocale,
        targetLocale,
        sourceTitle: r.sourceTitle,
        sourceStatus: r.sourceStatus,
        sourcePublishedAt: r.sourcePublishedAt === null ? null : new Date(r.sourcePublishedAt),
        targetStatus: r.targetStatus,
        reasons,
        sourceChangedAt: r.latestSignificantAt === null ? null : new Date(r.latestSignificantAt),
      });
    }
  }
  return out.sort((a, b) => (a.sourcePublishedAt?.getTime() ?? Infinity) - (b.sourcePublishedAt?.getTime() ?? Infinity) || a.storyId - b.storyId);
}

export { getSyncState } from '../mutations/translation-sync';
