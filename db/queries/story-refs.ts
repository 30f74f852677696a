import 'server-only';
import { and, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { pickStoryRefVersion, type LiveStoryVersion, type StoryRefTarget } from '@/lib/story-refs/card';
import type { StoryRefSummary } from '@/lib/story-refs/summary';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { entries, entryTranslations, translationPublications, type ContentLocale, type EntryType } from '../schema';
import { containsText } from './text-match';
import { isLive } from './published';

const validIds = (ids: readonly number[]) => [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);

/**
 * What the public page shows for each story a body refers to, in one query for all of them: the
 * live version in the reader's language, or where there is none the other language's
 * (`fallback`). Stories live in no language (never published, unpublished, archived) and ids
 * that name no story are absent from the map: their reference renders nothing.
 */
export function getStoryRefCards(ids: readonly number[], locale: Locale, db: DbLike = getDb()): Map<number, StoryRefTarget> {
  const unique = validIds(ids);
  if (unique.length === 0) return new Map();
  const p = translationPublications;
  const rows = db
    .select({ entryId: p.entryId, locale: p.locale, slug: p.slug, title: p.title, summary: p.summary, publishedAt: p.publishedAt })
    .from(p)
    .where(and(inArray(p.entryId, unique), eq(p.type, 'story'), isLive()))
    .all();
  const byEntry = new Map<number, LiveStoryVersion[]>();
  for (const r of rows) {
    const list = byEntry.get(r.entryId) ?? [];
    list.push({ locale: r.locale, slug: r.slug, title: r.title, summary: r.summary, publishedAt: r.publishedAt, href: entryType('story').publicPath(r.locale, r.slug) });
    byEntry.set(r.entryId, list);
  }
  const out = new Map<number, StoryRefTarget>();
  for (const id of unique) {
    const target = pickStoryRefVersion(id, byEntry.get(id) ?? [], locale);
    if (target) out.set(id, target);
  }
  return out;
}

/** The editor's view of these stories (titles of every language version, which are live), in two queries. */
function summaries(db: DbLike, rows: { id: number; kind: StoryRefSummary['kind'] }[]): StoryRefSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const titles = db
    .select({ entryId: entryTranslations.entryId, locale: entryTranslations.locale, title: entryTranslations.title })
    .from(entryTranslations)
    .where(inArray(entryTranslations.entryId, ids))
    .all();
  const live = db
    .select({ entryId: translationPublications.entryId, locale: translationPublications.locale })
    .from(translationPublications)
    .where(and(inArray(translationPublications.entryId, ids), isLive()))
    .all();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: Object.fromEntries(titles.filter((t) => t.entryId === r.id).map((t) => [t.locale, t.title])) as Partial<Record<ContentLocale, string>>,
    live: live.filter((l) => l.entryId === r.id).map((l) => l.locale).sort(),
  }));
}

/** These stories as the story editor names them, in the order of `ids`; ids that name no story are skipped. */
export function getStoryRefSummaries(ids: readonly number[], db: DbLike = getDb()): StoryRefSummary[] {
  const unique = validIds(ids);
  if (unique.length === 0) return [];
  const rows = db
    .select({ id: entries.id, kind: entries.kind })
    .from(entries)
    .where(and(inArray(entries.id, unique), eq(entries.type, 'story')))
    .all();
  const byId = new Map(summaries(db, rows).map((s) => [s.id, s]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The story picker: stories (drafts or published) with a title in either language containing
 * `q` in any case, or all when there is none, most recently changed first; at most `limit`.
 */
export function searchStoryRefSummaries(q: string | undefined, limit: number, db: DbLike = getDb()): StoryRefSummary[] {
  const t = entryTranslations;
  const words = q?.trim();
  let where: SQL | undefined;
  if (words) {
    where = exists(db.select({ one: sql`1` }).from(t).where(and(eq(t.entryId, entries.id), containsText(t.title, words))));
  }
  const rows = db
    .select({ id: entries.id, kind: entries.kind })
    .from(entries)
    .where(and(eq(entries.type, 'story'), where))
    .orderBy(desc(entries.updatedAt), desc(entries.id))
    .limit(limit)
    .all();
  return summaries(db, rows);
}

/**
 * The live (or scheduled) copies of any type whose text refers to the stories that have one of
 * these slugs (in either language, working or live): the public pages to refresh when those
 * stories are published, unpublished or retitled. Reads the bodies (SQLite's json_each), like
 * the documents' where-used check: publishing is rare next to reading.
 */
export function liveCopiesReferringToStorySlugs(db: DbLike, slugs: readonly string[]): { type: EntryType; locale: ContentLocale; slug: string }[] {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return [];
  const p = translationPublications;
  const stories = db.selectDistinct({ id: entryTranslations.entryId }).from(entryTranslations).where(inArray(entryTranslations.slug, unique));
  return db
    .selectDistinct({ type: p.type, locale: p.locale, slug: p.slug })
    .from(p)
    .where(
      sql`exists (select 1 from json_each(${p.body}, '$.content') as block
        where json_extract(block.value, '$.type') = 'storyRef'
          and json_extract(block.value, '$.attrs.entryId') in ${stories})`,
    )
    .all();
}
