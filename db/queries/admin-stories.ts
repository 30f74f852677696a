import 'server-only';
import { and, asc, count, desc, eq, exists, inArray, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../index';
import {
  revisions,
  stories,
  storyCountries,
  storyTranslations,
  translationPublications,
  users,
  type ContentLocale,
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
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function hasTranslation(locale: ContentLocale): SQL {
  const t = alias(storyTranslations, `t_${locale}`);
  return exists(getDb().select({ one: sql`1` }).from(t).where(and(eq(t.storyId, stories.id), eq(t.locale, locale))));
}

function filtersWhere(f: AdminStoryFilters): SQL | undefined {
  const db = getDb();
  const conditions: SQL[] = [];
  if (f.kind) conditions.push(eq(stories.kind, f.kind));
  if (f.status) {
    const t = alias(storyTranslations, 't_status');
    conditions.push(exists(db.select({ one: sql`1` }).from(t).where(and(eq(t.storyId, stories.id), eq(t.status, f.status)))));
  }
  if (f.country) {
    conditions.push(
      exists(db.select({ one: sql`1` }).from(storyCountries).where(and(eq(storyCountries.storyId, stories.id), eq(storyCountries.countryCode, f.country)))),
    );
  }
  if (f.completeness === 'missing_en') conditions.push(not(hasTranslation('en')));
  if (f.completeness === 'missing_ru') conditions.push(not(hasTranslation('ru')));
  if (f.completeness === 'complete') conditions.push(hasTranslation('en'), hasTranslation('ru'));
  const q = f.q?.trim();
  if (q) {
    const t = alias(storyTranslations, 't_q');
    const pattern = likePattern(q);
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t)
          .where(and(eq(t.storyId, stories.id), or(sql`${t.title} like ${pattern} escape '\\'`, sql`${t.summary} like ${pattern} escape '\\'`, sql`${t.slug} like ${pattern} escape '\\'`))),
      ),
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** The admin's story list: filtered, most recently changed first, one page. */
export function listStoriesForAdmin(filters: AdminStoryFilters, pageSize = ADMIN_PAGE_SIZE) {
  const db = getDb();
  const where = filtersWhere(filters);
  const total = db.select({ n: count() }).from(stories).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = db
    .select({ storyId: stories.id, kind: stories.kind, sourceLocale: stories.sourceLocale, updatedAt: stories.updatedAt })
    .from(stories)
    .where(where)
    .orderBy(desc(stories.updatedAt), desc(stories.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = rows.map((r) => r.storyId);
  const translations = ids.length
    ? db
        .select({
          storyId: storyTranslations.storyId,
          locale: storyTranslations.locale,
          title: storyTranslations.title,
          status: storyTranslations.status,
          publishedAt: storyTranslations.publishedAt,
          liveId: translationPublications.translationId,
        })
        .from(storyTranslations)
        .leftJoin(translationPublications, eq(translationPublications.translationId, storyTranslations.id))
        .where(inArray(storyTranslations.storyId, ids))
        .all()
    : [];
  const countries = ids.length
    ? db.select().from(storyCountries).where(inArray(storyCountries.storyId, ids)).orderBy(asc(storyCountries.countryCode)).all()
    : [];
  const items: AdminStoryRow[] = rows.map((r) => ({
    ...r,
    countries: countries.filter((c) => c.storyId === r.storyId).map((c) => c.countryCode),
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
    .selectDistinct({ code: storyCountries.countryCode })
    .from(storyCountries)
    .orderBy(asc(storyCountries.countryCode))
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
  kind: StoryKind;
  sourceLocale: ContentLocale;
  topics: string[];
  countries: string[];
  heroMediaId: number | null;
  translations: Partial<Record<ContentLocale, EditableTranslation>>;
};

export function getEditableStory(storyId: number): EditableStory | null {
  const db = getDb();
  const story = db.select().from(stories).where(eq(stories.id, storyId)).get();
  if (!story) return null;
  const countries = db
    .select({ code: storyCountries.countryCode })
    .from(storyCountries)
    .where(eq(storyCountries.storyId, storyId))
    .orderBy(asc(storyCountries.countryCode))
    .all()
    .map((c) => c.code);
  const rows = db
    .select({ t: storyTranslations, live: translationPublications, updatedByName: users.name })
    .from(storyTranslations)
    .leftJoin(translationPublications, eq(translationPublications.translationId, storyTranslations.id))
    .leftJoin(users, eq(users.id, storyTranslations.updatedById))
    .where(eq(storyTranslations.storyId, storyId))
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
  return { id: story.id, kind: story.kind, sourceLocale: story.sourceLocale, topics: story.topics, countries, heroMediaId: story.heroMediaId, translations };
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
  id: storyTranslations.id,
  storyId: storyTranslations.storyId,
  title: storyTranslations.title,
  locale: storyTranslations.locale,
  status: storyTranslations.status,
  publishedAt: storyTranslations.publishedAt,
  updatedAt: storyTranslations.updatedAt,
};

/** The dashboard's lists: my drafts, waiting for review (oldest first), scheduled, recently published. */
export function getDashboardLists(userId: number, limit = 8): Record<'myDrafts' | 'inReview' | 'scheduled' | 'recentlyPublished', DashboardItem[]> {
  const db = getDb();
  const list = (where: SQL | undefined, order: SQL) =>
    db.select(dashboardColumns).from(storyTranslations).where(where).orderBy(order).limit(limit).all();
  return {
    myDrafts: list(and(eq(storyTranslations.status, 'draft'), eq(storyTranslations.updatedById, userId)), desc(storyTranslations.updatedAt)),
    inReview: list(eq(storyTranslations.status, 'in_review'), asc(storyTranslations.updatedAt)),
    scheduled: list(eq(storyTranslations.status, 'scheduled'), asc(storyTranslations.publishedAt)),
    recentlyPublished: db
      .select({ ...dashboardColumns, title: translationPublications.title, publishedAt: translationPublications.publishedAt, updatedAt: translationPublications.updatedAt })
      .from(translationPublications)
      .innerJoin(storyTranslations, eq(storyTranslations.id, translationPublications.translationId))
      .where(lte(translationPublications.publishedAt, new Date()))
      .orderBy(desc(translationPublications.updatedAt))
      .limit(limit)
      .all(),
  };
}

/** Which story and language a translation belongs to, and whether it is the source. */
export function getTranslationAccess(translationId: number): { storyId: number; locale: ContentLocale; isSource: boolean; slug: string } | null {
  const row = getDb()
    .select({ storyId: storyTranslations.storyId, locale: storyTranslations.locale, sourceLocale: stories.sourceLocale, slug: storyTranslations.slug })
    .from(storyTranslations)
    .innerJoin(stories, eq(stories.id, storyTranslations.storyId))
    .where(eq(storyTranslations.id, translationId))
    .get();
  return row ? { storyId: row.storyId, locale: row.locale, isSource: row.locale === row.sourceLocale, slug: row.slug } : null;
}

export function getUserName(userId: number | null): string | null {
  if (userId === null) return null;
  return getDb().select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}
