import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import type { NewsQuery } from '@/lib/news-filters';
import { parseLocalDateTime } from '@/lib/time';
import { getDb } from '../index';
import { media, entries, entryCountries, entryTranslations, translationPublications as live, type EntryType, type MediaVariant, type RichTextDoc, type StoryKind } from '../schema';
import { isLive, liveSlugsOf, lookupSlugInOtherLanguage } from './published';

export type StoryCard = {
  storyId: number;
  kind: StoryKind;
  title: string;
  slug: string;
  summary: string;
  dateline: string;
  publishedAt: Date;
  /** The hero image's files, for a small thumbnail in lists (its words are on the story page). */
  thumbnail: { sha256: string; width: number; height: number; variants: MediaVariant[] } | null;
};

export type StoryPage = Omit<StoryCard, 'thumbnail'> & {
  locale: Locale;
  heroMediaId: number | null;
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  countries: string[];
  /** Slugs of this story's public translations, by locale (this one included). */
  alternates: Partial<Record<Locale, string>>;
};

export type StoryLookup =
  | { kind: 'found'; story: StoryPage }
  /** The slug is another locale's; this locale has its own public translation under `slug`. */
  | { kind: 'redirect'; slug: string }
  /** The slug is another locale's and there is no public translation in this locale yet. */
  | { kind: 'untranslated'; available: { locale: Locale; slug: string; title: string; summary: string } }
  | { kind: 'missing' };

export const NEWS_PAGE_SIZE = 10;

const cardColumns = {
  storyId: live.entryId,
  kind: entries.kind,
  title: live.title,
  slug: live.slug,
  summary: live.summary,
  dateline: live.dateline,
  publishedAt: live.publishedAt,
};

const thumbnailColumns = { sha256: media.sha256, width: media.width, height: media.height, variants: media.variants };

/** The entry is joined only when a filter reads it: otherwise the list index alone answers. */
function joinEntryIfFiltered<Q extends SQLiteSelect>(query: Q, filters: NewsQuery): Q {
  // A dynamic query builder adds the join in place.
  if (filters.kind !== undefined || filters.topic !== undefined) query.innerJoin(entries, eq(entries.id, live.entryId));
  return query;
}

/** Narrows the public lists: the live stories of one locale, filtered. */
function liveWhere(locale: Locale, filters: NewsQuery = {}): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(live.type, 'story'), eq(live.locale, locale), isLive()];
  if (filters.kind) conditions.push(eq(entries.kind, filters.kind));
  if (filters.country) conditions.push(sql`exists (select 1 from ${entryCountries} where ${entryCountries.entryId} = ${live.entryId} and ${entryCountries.countryCode} = ${filters.country})`);
  if (filters.topic) conditions.push(sql`exists (select 1 from json_each(${entries.topics}) where json_each.value = ${filters.topic})`);
  if (filters.year !== undefined) {
    // The year as the office counts it: Almaty's calendar.
    const from = parseLocalDateTime(`${filters.year}-01-01T00:00`)!;
    const to = parseLocalDateTime(`${filters.year + 1}-01-01T00:00`)!;
    conditions.push(gte(live.publishedAt, from), lt(live.publishedAt, to));
  }
  return and(...conditions);
}

/**
 * Public stories of one locale, newest first: `limit` cards from `offset`. The page's rows are
 * picked first from the list index alone (a deep page skips index entries, never the rows with
 * their bodies), then their cards read with hero thumbnails in one query: two queries per list.
 */
export function latestStoryCards(locale: Locale, limit: number, offset = 0, filters: NewsQuery = {}): StoryCard[] {
  const db = getDb();
  const picked = joinEntryIfFiltered(db.select({ id: live.translationId }).from(live).$dynamic(), filters)
    .where(liveWhere(locale, filters))
    .orderBy(desc(live.publishedAt), desc(live.translationId))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  return cardsOf(picked);
}

/** The cards of these live copies (by translation id), in the order given: one query. */
function cardsOf(picked: number[]): StoryCard[] {
  if (picked.length === 0) return [];
  const cards = getDb()
    .select({ translationId: live.translationId, ...cardColumns, thumbnail: thumbnailColumns })
    .from(live)
    .innerJoin(entries, eq(entries.id, live.entryId))
    .leftJoin(media, eq(media.id, live.heroMediaId))
    .where(inArray(live.translationId, picked))
    .all();
  const byId = new Map(cards.map(({ translationId, ...card }) => [translationId, card]));
  return picked.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The story the home page leads with in this language: the newest live story marked featured,
 * else the newest live story. One query on the list index (featured stories are few).
 */
export function featuredStoryCard(locale: Locale): StoryCard | null {
  const picked = getDb()
    .select({ id: live.translationId })
    .from(live)
    .innerJoin(entries, eq(entries.id, live.entryId))
    .where(and(liveWhere(locale), eq(entries.featured, true)))
    .orderBy(desc(live.publishedAt), desc(live.translationId))
    .limit(1)
    .get();
  if (!picked) return latestStoryCards(locale, 1)[0] ?? null;
  return cardsOf([picked.id])[0] ?? null;
}

/**
 * Stories a reader of this one may want next: live in the same language, sharing a country or a
 * topic with it, newest first. One query for the ids, one for the cards.
 */
export function relatedStoryCards(storyId: number, locale: Locale, limit = 3): StoryCard[] {
  const shared = sql`(
    exists (select 1 from ${entryCountries} mine join ${entryCountries} theirs on theirs.country_code = mine.country_code
            where mine.entry_id = ${storyId} and theirs.entry_id = ${live.entryId})
    or exists (select 1 from ${entries} me, json_each(me.topics) mt, json_each(${entries.topics}) tt
               where me.id = ${storyId} and mt.value = tt.value))`;
  const picked = getDb()
    .select({ id: live.translationId })
    .from(live)
    .innerJoin(entries, eq(entries.id, live.entryId))
    .where(and(liveWhere(locale), ne(live.entryId, storyId), shared))
    .orderBy(desc(live.publishedAt), desc(live.translationId))
    .limit(limit)
    .all()
    .map((r) => r.id);
  return cardsOf(picked);
}

/** Public stories of one locale, newest first, one page of them, filtered. */
export function listPublishedStories(locale: Locale, page: number, pageSize = NEWS_PAGE_SIZE, filters: NewsQuery = {}) {
  const total = joinEntryIfFiltered(getDb().select({ n: count() }).from(live).$dynamic(), filters).where(liveWhere(locale, filters)).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const items = latestStoryCards(locale, pageSize, (page - 1) * pageSize, filters);
  return { items, total, page, pageCount };
}

/** What the news list's filters offer: the countries, topics and years its public stories have. */
export function listNewsFilterOptions(locale: Locale): { countries: string[]; topics: string[]; years: number[] } {
  const db = getDb();
  const where = liveWhere(locale);
  const countries = db
    .selectDistinct({ code: entryCountries.countryCode })
    .from(live)
    .innerJoin(entryCountries, eq(entryCountries.entryId, live.entryId))
    .where(where)
    .all()
    .map((r) => r.code);
  const topics = db
    .all<{ topic: string }>(sql`select distinct json_each.value as topic from ${live} join ${entries} on ${entries.id} = ${live.entryId}, json_each(${entries.topics}) where ${where}`)
    .map((r) => r.topic);
  // Years by Almaty's offset today (+5); a story in the first hour of a year before 2024 (+6)
  // may be listed under the year before, and is still found by its own year's filter.
  const years = db
    .all<{ year: string }>(sql`select distinct strftime('%Y', ${live.publishedAt} / 1000 + 5 * 3600, 'unixepoch') as year from ${live} where ${where}`)
    .map((r) => Number(r.year));
  return { countries, topics: topics.sort(), years: years.sort((a, b) => b - a) };
}


/** What `/{locale}/news/{slug}` shows. Shared by the page and its metadata via React's cache. */
export const lookupStoryBySlug = cache((locale: Locale, slug: string): StoryLookup => {
  const db = getDb();
  const own = db
    .select({ ...cardColumns, body: live.body, seoTitle: live.seoTitle, seoDescription: live.seoDescription, heroMediaId: live.heroMediaId })
    .from(live)
    .innerJoin(entries, eq(entries.id, live.entryId))
    .where(and(eq(live.type, 'story'), eq(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (own) {
    const countries = db
      .select({ code: entryCountries.countryCode })
      .from(entryCountries)
      .where(eq(entryCountries.entryId, own.storyId))
      .orderBy(asc(entryCountries.countryCode))
      .all()
      .map((c) => c.code);
    return {
      kind: 'found',
      story: { ...own, locale, body: own.body, seoTitle: own.seoTitle, seoDescription: own.seoDescription, countries, alternates: liveSlugsOf(own.storyId) },
    };
  }

  // A link from the other language (the switcher, a shared URL): find the story by that slug.
  return lookupSlugInOtherLanguage('story', locale, slug);
});

/**
 * The working copy of a translation as it would look published: for staff previews only (the
 * story page calls it in draft mode, after checking who is asking).
 */
export function getWorkingStoryBySlug(locale: Locale, slug: string): StoryPage | null {
  const db = getDb();
  const row = db
    .select({ t: entryTranslations, kind: entries.kind, heroMediaId: entries.heroMediaId })
    .from(entryTranslations)
    .innerJoin(entries, eq(entries.id, entryTranslations.entryId))
    .where(and(eq(entries.type, 'story'), eq(entryTranslations.locale, locale), eq(entryTranslations.slug, slug)))
    .get();
  if (!row) return null;
  const { t } = row;
  const countries = db
    .select({ code: entryCountries.countryCode })
    .from(entryCountries)
    .where(eq(entryCountries.entryId, t.entryId))
    .orderBy(asc(entryCountries.countryCode))
    .all()
    .map((c) => c.code);
  return {
    storyId: t.entryId,
    kind: row.kind,
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    dateline: t.dateline,
    publishedAt: t.publishedAt ?? new Date(),
    locale,
    // A preview shows the hero the next publish would take.
    heroMediaId: row.heroMediaId,
    body: t.body,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    countries,
    alternates: liveSlugsOf(t.entryId),
  };
}

export function getWorkingSlug(entryId: number, locale: Locale): { type: EntryType; slug: string } | null {
  return (
    getDb()
      .select({ type: entries.type, slug: entryTranslations.slug })
      .from(entryTranslations)
      .innerJoin(entries, eq(entries.id, entryTranslations.entryId))
      .where(and(eq(entryTranslations.entryId, entryId), eq(entryTranslations.locale, locale)))
      .get() ?? null
  );
}
