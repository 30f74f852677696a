import { and, desc, eq, gt, isNull, lt, lte, ne } from 'drizzle-orm';
import type { DbLike } from '../client';
import {
  revisions,
  entries,
  entryCountries,
  entryTranslations,
  translationPublications,
  type ContentLocale,
  type EntryFields,
  type EntryType,
  type TranslationText,
  type SharedSnapshot,
  type EntryTranslation,
  type TranslationSnapshot,
} from '../schema';
import { entryType } from '@/lib/entry-types';
import { canTransition, WORKFLOW, type Transition } from '@/lib/workflow';
import { bodyMediaIds, withBlockIds } from '@/lib/rich-text';
import type { Role } from '../schema';
import { insertAuditEntry } from './audit';
import { checkDetails, detailsOfType, readDetails, writeDetails, type DetailsError } from './entry-details';
import { removeStoryPublication } from './search';
import { upsertPublication } from './stories';
import { imagesMissingAlt, missingMediaIds, syncTranslationMedia, type ImageMissingAlt } from './story-media';

/** Autosaves by the same person within this window replace each other instead of piling up. */
export const AUTOSAVE_COALESCE_MS = 10 * 60 * 1000;

export type TranslationFields = TranslationText & { publishedAt: Date | null };

export type ConflictInfo = {
  version: number;
  updatedAt: Date;
  updatedById: number | null;
  snapshot: TranslationSnapshot;
};

export type SaveResult =
  | { ok: true; version: number; revisionId: number; slug: string; previousSlug: string; locale: ContentLocale }
  | { ok: false; error: 'conflict'; current: ConflictInfo }
  | { ok: false; error: 'slugTaken' | 'notFound' | DetailsError }
  /** An image in the body, or the hero, was deleted from the media library since it was chosen. */
  | { ok: false; error: 'mediaMissing'; mediaIds: number[] };

function sharedOf(db: DbLike, storyId: number): SharedSnapshot {
  const story = db.select({ kind: entries.kind, topics: entries.topics, heroMediaId: entries.heroMediaId, featured: entries.featured, type: entries.type }).from(entries).where(eq(entries.id, storyId)).get();
  const countries = db
    .select({ code: entryCountries.countryCode })
    .from(entryCountries)
    .where(eq(entryCountries.entryId, storyId))
    .all()
    .map((c) => c.code)
    .sort();
  const details = story ? readDetails(db, storyId, story.type) : {};
  return { kind: story?.kind ?? 'story', topics: story?.topics ?? [], countries, heroMediaId: story?.heroMediaId ?? null, featured: story?.featured ?? false, ...details };
}

export function snapshotOf(row: EntryTranslation, shared?: SharedSnapshot): TranslationSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    dateline: row.dateline,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    fields: row.fields ?? {},
    status: row.status,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    ...(shared ? { shared } : {}),
  };
}

/** Is this slug used in this locale by another translation, as a working copy or live? */
export function isSlugTaken(db: DbLike, locale: ContentLocale, slug: string, translationId: number): boolean {
  const working = db
    .select({ id: entryTranslations.id })
    .from(entryTranslations)
    .where(and(eq(entryTranslations.locale, locale), eq(entryTranslations.slug, slug), ne(entryTranslations.id, translationId)))
    .get();
  if (working) return true;
  const live = db
    .select({ id: translationPublications.translationId })
    .from(translationPublications)
    .where(
      and(
        eq(translationPublications.locale, locale),
        eq(translationPublications.slug, slug),
        ne(translationPublications.translationId, translationId),
      ),
    )
    .get();
  return Boolean(live);
}

const TEXT_FIELDS = ['title', 'slug', 'summary', 'dateline', 'seoTitle', 'seoDescription'] as const;

/** A type's own fields, compared by value whatever order their keys were written in. */
export function entryFieldsDiffer(a: EntryFields | undefined, b: EntryFields | undefined): boolean {
  const x = a ?? {};
  const y = b ?? {};
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].some((k) => (x[k] ?? '') !== (y[k] ?? ''));
}

/** Did the words change (not the date, status or shared fields)? */
export function textDiffers(a: TranslationText, b: TranslationText): boolean {
  return TEXT_FIELDS.some((f) => a[f] !== b[f]) || JSON.stringify(a.body) !== JSON.stringify(b.body) || entryFieldsDiffer(a.fields, b.fields);
}

/**
 * A revision someone relies on keeps its snapshot: a translation synced to it, or the live
 * copy made from it. Autosaves then append instead of folding into it.
 */
function isRevisionReferenced(db: DbLike, revisionId: number): boolean {
  const synced = db.select({ id: entryTranslations.id }).from(entryTranslations).where(eq(entryTranslations.syncedSourceRevisionId, revisionId)).get();
  const live = db.select({ id: translationPublications.translationId }).from(translationPublications).where(eq(translationPublications.revisionId, revisionId)).get();
  return Boolean(synced || live);
}

export type SaveInput = {
  translationId: number;
  /** The version the person's edit started from. */
  baseVersion: number;
  fields: TranslationFields;
  /** Shared story fields; only saved with the source-language translation. */
  shared?: SharedSnapshot;
  note: string;
  autosave: boolean;
  actorId: number | null;
  restoredFromVersion?: number;
  /** "Minor edit — translations stay in step" (only meaningful for the source language). */
  minor?: boolean;
  now?: Date;
};

/**
 * Saves a translation's working copy (never the live page) and records the revision. Refused
 * with the current version when someone else saved since `baseVersion`: nothing is overwritten
 * unseen. Call inside a transaction.
 */
export function saveTranslation(db: DbLike, input: SaveInput): SaveResult {
  const now = input.now ?? new Date();
  const row = db.select().from(entryTranslations).where(eq(entryTranslations.id, input.translationId)).get();
  if (!row) return { ok: false, error: 'notFound' };
  const story = db.select({ sourceLocale: entries.sourceLocale, type: entries.type }).from(entries).where(eq(entries.id, row.entryId)).get();
  const isSource = story?.sourceLocale === row.locale;

  if (row.version !== input.baseVersion) {
    return {
      ok: false,
      error: 'conflict',
      current: { version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById, snapshot: snapshotOf(row, isSource ? sharedOf(db, row.entryId) : undefined) },
    };
  }
  if (isSlugTaken(db, row.locale, input.fields.slug, row.id)) return { ok: false, error: 'slugTaken' };
  if (story && entryType(story.type).reservedSlugs?.includes(input.fields.slug)) return { ok: false, error: 'slugTaken' };
  // The type's own shared details, as sent with the source (a page keeps the section it was made in).
  const current = story ? readDetails(db, row.entryId, story.type) : {};
  const sent = isSource && input.shared && story ? detailsOfType(story.type, input.shared) : {};
  if (sent.page) sent.page = { ...sent.page, section: current.page?.section ?? sent.page.section };
  const detailsError = checkDetails(db, row.entryId, sent);
  if (detailsError) return { ok: false, error: detailsError };
  const gone = missingMediaIds(db, [...bodyMediaIds(input.fields.body), ...(isSource && input.shared?.heroMediaId ? [input.shared.heroMediaId] : [])]);
  if (gone.length > 0) return { ok: false, error: 'mediaMissing', mediaIds: gone };

  const body = withBlockIds(input.fields.body);
  const version = row.version + 1;
  // A type's own fields, as the form sent them, only those the type has (none for a story); a
  // form without them leaves them be.
  const declared = new Set(story ? entryType(story.type).translatedFields.map((f) => f.name as string) : []);
  const fields = input.fields.fields ? Object.fromEntries(Object.entries(input.fields.fields).filter(([name]) => declared.has(name))) : row.fields;
  const minor = Boolean(input.minor) || !textDiffers(row, { ...input.fields, fields, body });
  const updated = db
    .update(entryTranslations)
    .set({ ...input.fields, fields, body, version, updatedById: input.actorId, updatedAt: now })
    .where(and(eq(entryTranslations.id, row.id), eq(entryTranslations.version, input.baseVersion)))
    .run();
  // Belt and braces: the version check above and this guarded update agree inside one transaction.
  if (updated.changes !== 1) throw new Error('Concurrent save slipped past the version check');
  syncTranslationMedia(db, row.id, body);

  let shared: SharedSnapshot | undefined;
  if (isSource && input.shared) {
    // A hero left out of the input (an older form, a revision from before heroes) stays as it is.
    const before = sharedOf(db, row.entryId);
    const heroMediaId = input.shared.heroMediaId !== undefined ? input.shared.heroMediaId : before.heroMediaId;
    const featured = input.shared.featured ?? before.featured ?? false;
    // The type's details: as sent, or (a form without them) as they were; never another type's.
    const { page: _page, event: _event, country: _country, digest: _digest, ...common } = input.shared;
    shared = { ...common, countries: [...new Set(input.shared.countries)].sort(), heroMediaId, featured, ...current, ...sent };
    db.update(entries).set({ kind: shared.kind, topics: shared.topics, heroMediaId, featured, updatedAt: now }).where(eq(entries.id, row.entryId)).run();
    writeDetails(db, row.entryId, sent);
    db.delete(entryCountries).where(eq(entryCountries.entryId, row.entryId)).run();
    if (shared.countries.length > 0) {
      db.insert(entryCountries).values(shared.countries.map((countryCode) => ({ entryId: row.entryId, countryCode }))).run();
    }
  } else {
    db.update(entries).set({ updatedAt: now }).where(eq(entries.id, row.entryId)).run();
    if (isSource) shared = sharedOf(db, row.entryId);
  }

  const snapshot = snapshotOf({ ...row, ...input.fields, fields, body, version }, shared);
  const latest = db
    .select()
    .from(revisions)
    .where(eq(revisions.translationId, row.id))
    .orderBy(desc(revisions.version))
    .limit(1)
    .get();
  let revisionId: number;
  if (
    input.autosave &&
    latest?.autosave &&
    latest.minor === minor &&
    latest.authorId === input.actorId &&
    now.getTime() - latest.updatedAt.getTime() < AUTOSAVE_COALESCE_MS &&
    !isRevisionReferenced(db, latest.id)
  ) {
    db.update(revisions).set({ version, snapshot, updatedAt: now }).where(eq(revisions.id, latest.id)).run();
    revisionId = latest.id;
  } else {
    revisionId = db
      .insert(revisions)
      .values({
        translationId: row.id,
        version,
        snapshot,
        authorId: input.actorId,
        note: input.note,
        autosave: input.autosave,
        minor,
        restoredFromVersion: input.restoredFromVersion ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: revisions.id })
      .get().id;
  }
  if (input.minor && !input.autosave) {
    // "Minor edit" is usually ticked after the typing it describes has autosaved: it covers this
    // person's autosaves since the last save they made by hand, not only this save.
    const lastByHand = db
      .select({ id: revisions.id })
      .from(revisions)
      .where(and(eq(revisions.translationId, row.id), eq(revisions.autosave, false), lt(revisions.id, revisionId)))
      .orderBy(desc(revisions.id))
      .limit(1)
      .get()?.id ?? 0;
    db.update(revisions)
      .set({ minor: true })
      .where(and(eq(revisions.translationId, row.id), eq(revisions.autosave, true), input.actorId === null ? isNull(revisions.authorId) : eq(revisions.authorId, input.actorId), gt(revisions.id, lastByHand), lt(revisions.id, revisionId)))
      .run();
  }
  return { ok: true, version, revisionId, slug: input.fields.slug, previousSlug: row.slug, locale: row.locale };
}

/** The id of a translation's newest revision (its saved working copy), if any. */
export function latestRevisionId(db: DbLike, translationId: number): number | null {
  return db.select({ id: revisions.id }).from(revisions).where(eq(revisions.translationId, translationId)).orderBy(desc(revisions.version)).limit(1).get()?.id ?? null;
}

export type TransitionResult =
  | { ok: true; locale: ContentLocale; slugs: string[]; status: EntryTranslation['status']; type: EntryType }
  | { ok: false; error: 'notFound' | 'invalidTransition' | 'scheduleInPast' | 'slugTaken' }
  /** Publishing or scheduling in a language needs alt text in that language for every image shown. */
  | { ok: false; error: 'missingAlt'; images: ImageMissingAlt[] };

/**
 * Moves a translation through the workflow. Publishing copies the saved working copy (its
 * latest revision) into the public table; unpublishing or archiving removes it. Call inside a
 * transaction; the caller audits.
 */
export function applyTransition(
  db: DbLike,
  input: { translationId: number; transition: Transition; role: Role; at?: Date | null; now?: Date },
): TransitionResult {
  const now = input.now ?? new Date();
  const row = db.select().from(entryTranslations).where(eq(entryTranslations.id, input.translationId)).get();
  if (!row) return { ok: false, error: 'notFound' };
  if (!canTransition(input.transition, row.status, input.role)) return { ok: false, error: 'invalidTransition' };
  const live = db
    .select()
    .from(translationPublications)
    .where(eq(translationPublications.translationId, row.id))
    .get();
  const slugs = [...new Set([row.slug, live?.slug].filter((s): s is string => Boolean(s)))];
  // Withdrawing changes to a published translation leaves it published, as its live copy is.
  const to = input.transition === 'withdraw' && live ? 'published' : WORKFLOW[input.transition].to;

  if (input.transition === 'publish' || input.transition === 'schedule') {
    let publishedAt: Date;
    if (input.transition === 'schedule') {
      const at = input.at ?? row.publishedAt;
      if (!at || at <= now) return { ok: false, error: 'scheduleInPast' };
      publishedAt = at;
    } else {
      // A story keeps the date it first went out; a back-dated publish time is honoured.
      const liveNow = live && live.publishedAt <= now ? live.publishedAt : null;
      publishedAt = liveNow ?? (row.publishedAt && row.publishedAt <= now ? row.publishedAt : now);
    }
    if (isSlugTaken(db, row.locale, row.slug, row.id)) return { ok: false, error: 'slugTaken' };
    const heroMediaId = db.select({ heroMediaId: entries.heroMediaId }).from(entries).where(eq(entries.id, row.entryId)).get()?.heroMediaId ?? null;
    const images = imagesMissingAlt(db, [...(heroMediaId ? [heroMediaId] : []), ...bodyMediaIds(row.body)], row.locale);
    if (images.length > 0) return { ok: false, error: 'missingAlt', images };
    // What is published is the saved working copy, which its latest revision records.
    const revisionId = latestRevisionId(db, row.id);
    upsertPublication(db, {
      translationId: row.id,
      entryId: row.entryId,
      locale: row.locale,
      snapshot: snapshotOf(row),
      heroMediaId,
      revisionId,
      publishedAt,
    });
    db.update(entryTranslations).set({ status: to, publishedAt, updatedAt: now }).where(eq(entryTranslations.id, row.id)).run();
  } else {
    if (input.transition === 'unschedule' || input.transition === 'unpublish' || input.transition === 'archive') {
      db.delete(translationPublications).where(eq(translationPublications.translationId, row.id)).run();
      removeStoryPublication(db, row.id);
    }
    db.update(entryTranslations).set({ status: to, updatedAt: now }).where(eq(entryTranslations.id, row.id)).run();
  }
  db.update(entries).set({ updatedAt: now }).where(eq(entries.id, row.entryId)).run();
  const type = db.select({ type: entries.type }).from(entries).where(eq(entries.id, row.entryId)).get()?.type ?? 'story';
  return { ok: true, locale: row.locale, slugs, status: to, type };
}

/**
 * Records as published every scheduled translation whose time has come. Their pages are public
 * already (the publication row turns live by itself); this keeps statuses and the audit true.
 */
export function promoteDueScheduled(db: DbLike, now = new Date()): { translationId: number; locale: ContentLocale; slug: string }[] {
  const due = db
    .select({ id: entryTranslations.id, locale: entryTranslations.locale, slug: entryTranslations.slug })
    .from(entryTranslations)
    .where(and(eq(entryTranslations.status, 'scheduled'), lte(entryTranslations.publishedAt, now)))
    .all();
  for (const t of due) {
    db.update(entryTranslations).set({ status: 'published', updatedAt: now }).where(eq(entryTranslations.id, t.id)).run();
    insertAuditEntry(db, { actorId: null, action: 'translation.publish_scheduled', entityType: 'translation', entityId: t.id });
  }
  return due.map((t) => ({ translationId: t.id, locale: t.locale, slug: t.slug }));
}

export type StartTranslationResult = { ok: true; translationId: number } | { ok: false; error: 'notFound' | 'exists' };

/**
 * Starts a language version as a draft copy of the source: the translator overwrites it block by
 * block, and the copied block ids keep both versions aligned. It is in step with the source's
 * latest revision.
 */
export function startTranslation(db: DbLike, input: { storyId: number; locale: ContentLocale; actorId: number }): StartTranslationResult {
  const story = db.select({ sourceLocale: entries.sourceLocale }).from(entries).where(eq(entries.id, input.storyId)).get();
  if (!story) return { ok: false, error: 'notFound' };
  const existing = db
    .select({ id: entryTranslations.id })
    .from(entryTranslations)
    .where(and(eq(entryTranslations.entryId, input.storyId), eq(entryTranslations.locale, input.locale)))
    .get();
  if (existing) return { ok: false, error: 'exists' };
  const source = db
    .select()
    .from(entryTranslations)
    .where(and(eq(entryTranslations.entryId, input.storyId), eq(entryTranslations.locale, story.sourceLocale)))
    .get();
  if (!source) return { ok: false, error: 'notFound' };
  let slug = `${source.slug}-${input.locale}`;
  for (let n = 2; isSlugTaken(db, input.locale, slug, -1); n++) slug = `${source.slug}-${input.locale}-${n}`;
  const row = db
    .insert(entryTranslations)
    .values({
      entryId: input.storyId,
      locale: input.locale,
      title: source.title,
      slug,
      summary: source.summary,
      body: source.body,
      dateline: source.dateline,
      seoTitle: source.seoTitle,
      seoDescription: source.seoDescription,
      fields: source.fields,
      status: 'draft',
      syncedSourceRevisionId: latestRevisionId(db, source.id),
      updatedById: input.actorId,
    })
    .returning()
    .get();
  syncTranslationMedia(db, row.id, row.body);
  db.insert(revisions).values({ translationId: row.id, version: 1, snapshot: snapshotOf(row), authorId: input.actorId }).run();
  return { ok: true, translationId: row.id };
}
