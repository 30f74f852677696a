import 'server-only';
import { and, asc, count, desc, eq, exists, inArray, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { readDetails, type EntryDetails } from '../mutations/entry-details';
import { getDb } from '../index';
import { containsText } from './text-match';
import {
  revisions,
  entries,
  entryCountries,
  entryTranslations,
  translationPublications,
  users,
  type PageSnapshot,
  type ContentLocale,
  type EntryType,
  type TranslationText,
  type StoryKind,
  type TranslationSnapshot,
  type TranslationStatus,
} from '../schema';

export const ADMIN_PAGE_SIZE = 25;

export type AdminStoryFilters = {
  q?: string;
  status?: TranslationStatus;
  kind?: StoryKind;
  country?: string;
  /** Which language version is missing, or 'complete' for stories with both. */
  completeness?: 'missing_en' | 'missing_ru' | 'complete';
  page: number;
};

export type AdminStoryRow = {
  storyId: number;
  kind: StoryKind;
  sourceLocale: ContentLocale;
  updatedAt: Date;
  countries: string[];
  translations: Partial<Record<ContentLocale, { title: string; status: TranslationStatus; publishedAt: Date | null; live: boolean }>>;
};

/** `%`, `_` and the escape character itself are literal in a search. */
function hasTranslation(locale: ContentLocale): SQL {
  const t = alias(entryTranslations, `t_${locale}`);
  return exists(getDb().select({ one: sql`1` }).from(t).where(and(eq(t.entryId, entries.id), eq(t.locale, locale))));
}

function filtersWhere(f: AdminStoryFilters): SQL | undefined {
  const db = getDb();
  const conditions: SQL[] = [eq(entries.type, 'story')];
  if (f.kind) conditions.push(eq(entries.kind, f.kind));
  if (f.status) {
    const t = alias(entryTranslations, 't_status');
    conditions.push(exists(db.select({ one: sql`1` }).from(t).where(and(eq(t.entryId, entries.id), eq(t.status, f.status)))));
  }
  if (f.country) {
    conditions.push(
      exists(db.select({ one: sql`1` }).from(entryCountries).where(and(eq(entryCountries.entryId, entries.id), eq(entryCountries.countryCode, f.country)))),
    );
  }
  if (f.completeness === 'missing_en') conditions.push(not(hasTranslation('en')));
  if (f.completeness === 'missing_ru') conditions.push(not(hasTranslation('ru')));
  if (f.completeness === 'complete') conditions.push(hasTranslation('en'), hasTranslation('ru'));
  const q = f.q?.trim();
  if (q) {
    const t = alias(entryTranslations, 't_q');
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t)
          .where(and(eq(t.entryId, entries.id), or(containsText(t.title, q), containsText(t.summary, q), containsText(t.slug, q)))),
      ),
    );
  }
  return and(...conditions);
}

/** The admin's story list: filtered, most recently changed first, one page. */
export function listStoriesForAdmin(filters: AdminStoryFilters, pageSize = ADMIN_PAGE_SIZE) {
  const db = getDb();
  const where = filtersWhere(filters);
  const total = db.select({ n: count() }).from(entries).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = db
    .select({ storyId: entries.id, kind: entries.kind, sourceLocale: entries.sourceLocale, updatedAt: entries.updatedAt })
    .from(entries)
    .where(where)
    .orderBy(desc(entries.updatedAt), desc(entries.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = rows.map((r) => r.storyId);
  const translations = ids.length
    ? db
        .select({
          storyId: entryTranslations.entryId,
          locale: entryTranslations.locale,
          title: entryTranslations.title,
          status: entryTranslations.status,
          publishedAt: entryTranslations.publishedAt,
          liveId: translationPublications.translationId,
        })
        .from(entryTranslations)
        .leftJoin(translationPublications, eq(translationPublications.translationId, entryTranslations.id))
        .where(inArray(entryTranslations.entryId, ids))
        .all()
    : [];
  const countries = ids.length
    ? db.select().from(entryCountries).where(inArray(entryCountries.entryId, ids)).orderBy(asc(entryCountries.countryCode)).all()
    : [];
  const items: AdminStoryRow[] = rows.map((r) => ({
    ...r,
    countries: countries.filter((c) => c.entryId === r.storyId).map((c) => c.countryCode),
    translations: Object.fromEntries(
      translations
        .filter((t) => t.storyId === r.storyId)
        .map((t) => [t.locale, { title: t.title, status: t.status, publishedAt: t.publishedAt, live: t.liveId !== null }]),
    ),
  }));
  return { items, total, page, pageCount };
}

/** Every country code any story uses, for the filter. */
export function listStoryCountryCodes(): string[] {
  return getDb()
    .selectDistinct({ code: entryCountries.countryCode })
    .from(entryCountries)
    .orderBy(asc(entryCountries.countryCode))
    .all()
    .map((r) => r.code);
}

export type EditableTranslation = TranslationText & {
  id: number;
  locale: ContentLocale;
  status: TranslationStatus;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  live: { slug: string; publishedAt: Date; revisionId: number | null } | null;
  /** The working copy differs from what is live. */
  hasUnpublishedChanges: boolean;
};

export type EditableStory = {
  id: number;
  type: EntryType;
  kind: StoryKind;
  sourceLocale: ContentLocale;
  topics: string[];
  countries: string[];
  heroMediaId: number | null;
  featured: boolean;
  /** A page's place in its tree (pages only). */
  page: PageSnapshot | null;
  /** The type's shared details (an event's dates, a country's mission…). */
  details: EntryDetails;
  translations: Partial<Record<ContentLocale, EditableTranslation>>;
};

/** A story as its editor opens it (null for an entry of another type). */
export function getEditableStory(storyId: number): EditableStory | null {
  return getEditableEntry(storyId, 'story');
}

/** An entry of any type (or of `type` only) with all its language versions, as the editors open it. */
export function getEditableEntry(storyId: number, type?: EntryType): EditableStory | null {
  const db = getDb();
  const story = db.select().from(entries).where(and(eq(entries.id, storyId), type ? eq(entries.type, type) : undefined)).get();
  if (!story) return null;
  const details = readDetails(db, storyId, story.type);
  const page = details.page ?? null;
  const countries = db
    .select({ code: entryCountries.countryCode })
    .from(entryCountries)
    .where(eq(entryCountries.entryId, storyId))
    .orderBy(asc(entryCountries.countryCode))
    .all()
    .map((c) => c.code);
  const rows = db
    .select({ t: entryTranslations, live: translationPublications, updatedByName: users.name })
    .from(entryTranslations)
    .leftJoin(translationPublications, eq(translationPublications.translationId, entryTranslations.id))
    .leftJoin(users, eq(users.id, entryTranslations.updatedById))
    .where(eq(entryTranslations.entryId, storyId))
    .all();
  const latestRevisionIds = new Map(
    rows.length
      ? db
          .select({ translationId: revisions.translationId, id: sql<number>`max(${revisions.id})` })
          .from(revisions)
          .where(inArray(revisions.translationId, rows.map((r) => r.t.id)))
          .groupBy(revisions.translationId)
          .all()
          .map((r) => [r.translationId, r.id])
      : [],
  );
  const translations: EditableStory['translations'] = {};
  for (const { t, live, updatedByName } of rows) {
    translations[t.locale] = {
      id: t.id,
      locale: t.locale,
      title: t.title,
      slug: t.slug,
      summary: t.summary,
      body: t.body,
      dateline: t.dateline,
      seoTitle: t.seoTitle,
      seoDescription: t.seoDescription,
      fields: t.fields,
      status: t.status,
      publishedAt: t.publishedAt,
      version: t.version,
      updatedAt: t.updatedAt,
      updatedByName,
      live: live ? { slug: live.slug, publishedAt: live.publishedAt, revisionId: live.revisionId } : null,
      // A new hero is shared, but each live copy keeps the one it was published with until republished.
      hasUnpublishedChanges: live !== null && (live.revisionId !== latestRevisionIds.get(t.id) || live.heroMediaId !== story.heroMediaId),
    };
  }
  return { id: story.id, type: story.type, kind: story.kind, sourceLocale: story.sourceLocale, topics: story.topics, countries, heroMediaId: story.heroMediaId, featured: story.featured, page, details, translations };
}

export type RevisionListItem = {
  id: number;
  version: number;
  authorName: string | null;
  note: string;
  autosave: boolean;
  restoredFromVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
  live: boolean;
};

export function listRevisions(translationId: number): RevisionListItem[] {
  const db = getDb();
  const liveRevision = db
    .select({ id: translationPublications.revisionId })
    .from(translationPublications)
    .where(eq(translationPublications.translationId, translationId))
    .get()?.id;
  return db
    .select({
      id: revisions.id,
      version: revisions.version,
      authorName: users.name,
      note: revisions.note,
      autosave: revisions.autosave,
      restoredFromVersion: revisions.restoredFromVersion,
      createdAt: revisions.createdAt,
      updatedAt: revisions.updatedAt,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.translationId, translationId))
    .orderBy(desc(revisions.version))
    .all()
    .map((r) => ({ ...r, live: r.id === liveRevision }));
}

export function getRevision(translationId: number, revisionId: number): { id: number; version: number; snapshot: TranslationSnapshot } | null {
  return (
    getDb()
      .select({ id: revisions.id, version: revisions.version, snapshot: revisions.snapshot })
      .from(revisions)
      .where(and(eq(revisions.translationId, translationId), eq(revisions.id, revisionId)))
      .get() ?? null
  );
}

export type DashboardItem = { id: number; storyId: number; title: string; locale: ContentLocale; status: TranslationStatus; publishedAt: Date | null; updatedAt: Date };

const dashboardColumns = {
  id: entryTranslations.id,
  storyId: entryTranslations.entryId,
  title: entryTranslations.title,
  locale: entryTranslations.locale,
  status: entryTranslations.status,
  publishedAt: entryTranslations.publishedAt,
  updatedAt: entryTranslations.updatedAt,
};

/** The dashboard's lists: my drafts, waiting for review (oldest first), scheduled, recently published. */
export function getDashboardLists(userId: number, limit = 8): Record<'myDrafts' | 'inReview' | 'scheduled' | 'recentlyPublished', DashboardItem[]> {
  const db = getDb();
  const list = (where: SQL | undefined, order: SQL) =>
    db.select(dashboardColumns).from(entryTranslations).where(where).orderBy(order).limit(limit).all();
  return {
    myDrafts: list(and(eq(entryTranslations.status, 'draft'), eq(entryTranslations.updatedById, userId)), desc(entryTranslations.updatedAt)),
    inReview: list(eq(entryTranslations.status, 'in_review'), asc(entryTranslations.updatedAt)),
    scheduled: list(eq(entryTranslations.status, 'scheduled'), asc(entryTranslations.publishedAt)),
    recentlyPublished: db
      .select({ ...dashboardColumns, title: translationPublications.title, publishedAt: translationPublications.publishedAt, updatedAt: translationPublications.updatedAt })
      .from(translationPublications)
      .innerJoin(entryTranslations, eq(entryTranslations.id, translationPublications.translationId))
      .where(lte(translationPublications.publishedAt, new Date()))
      .orderBy(desc(translationPublications.updatedAt))
      .limit(limit)
      .all(),
  };
}

/** Which story and language a translation belongs to, and whether it is the source. */
export function getTranslationAccess(translationId: number): { storyId: number; locale: ContentLocale; isSource: boolean; slug: string } | null {
  const row = getDb()
    .select({ storyId: entryTranslations.entryId, locale: entryTranslations.locale, sourceLocale: entries.sourceLocale, slug: entryTranslations.slug })
    .from(entryTranslations)
    .innerJoin(entries, eq(entries.id, entryTranslations.entryId))
    .where(eq(entryTranslations.id, translationId))
    .get();
  return row ? { storyId: row.storyId, locale: row.locale, isSource: row.locale === row.sourceLocale, slug: row.slug } : null;
}

export function getUserName(userId: number | null): string | null {
  if (userId === null) return null;
  return getDb().select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}

/** An entry's type, or null when there is no such entry. */
export function getEntryTypeOf(entryId: number): EntryType | null {
  return getDb().select({ type: entries.type }).from(entries).where(eq(entries.id, entryId)).get()?.type ?? null;
}
