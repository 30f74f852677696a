import type { DbLike } from '../client';
import {
  revisions,
  translationPublications,
  entries,
  entryCountries,
  entryTranslations,
  type ContentLocale,
  type EntryFields,
  type EntryType,
  type RichTextDoc,
  type StoryKind,
  type TranslationSnapshot,
  type TranslationStatus,
} from '../schema';
import { and, eq } from 'drizzle-orm';
import { entryType } from '@/lib/entry-types';
import { slugify } from '@/lib/slug';
import { withBlockIds } from '@/lib/rich-text';
import { syncPublicationMedia, syncTranslationMedia } from './story-media';
import { writeDetails, type EntryDetails } from './entry-details';
import { indexStoryPublication } from './search';

export type TranslationDraft = {
  locale: ContentLocale;
  title: string;
  slug?: string;
  summary: string;
  body: RichTextDoc;
  dateline?: string;
  seoTitle?: string;
  seoDescription?: string;
  /** The type's own per-language fields (none for a story). */
  fields?: EntryFields;
  status: TranslationStatus;
  publishedAt: Date | null;
};

export type NewStoryInput = {
  /** The entry's type; a story unless said. */
  type?: EntryType;
  /** The type's own shared details (a page's place in its tree, an event's dates…). */
  details?: EntryDetails;
  featured?: boolean;
  kind: StoryKind;
  sourceLocale: ContentLocale;
  topics: string[];
  countries: string[];
  heroMediaId?: number | null;
  authorId: number | null;
  translations: TranslationDraft[];
  note?: string;
};

/** A slug free in this locale: the wanted one, else with -2, -3… appended. */
export function uniqueSlug(db: DbLike, locale: ContentLocale, wanted: string, reserved: readonly string[] = []): string {
  const base = wanted || 'story';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (reserved.includes(candidate)) continue;
    const taken = db
      .select({ id: entryTranslations.id })
      .from(entryTranslations)
      .where(and(eq(entryTranslations.locale, locale), eq(entryTranslations.slug, candidate)))
      .get();
    if (!taken) return candidate;
  }
}

/**
 * Creates a story with its translations, each with its first revision; a translation other than
 * the source is recorded as in step with the source's first revision. Call inside a transaction.
 */
export function insertStoryWithTranslations(db: DbLike, input: NewStoryInput): { storyId: number } {
  const story = db
    .insert(entries)
    .values({ type: input.type ?? 'story', kind: input.kind, sourceLocale: input.sourceLocale, topics: input.topics, heroMediaId: input.heroMediaId ?? null, featured: input.featured ?? false, createdById: input.authorId })
    .returning({ id: entries.id })
    .get();
  if (input.details) writeDetails(db, story.id, input.details);
  if (input.countries.length > 0) {
    db.insert(entryCountries)
      .values([...new Set(input.countries)].map((countryCode) => ({ entryId: story.id, countryCode })))
      .run();
  }
  // The source first, so the others can point at its revision.
  const ordered = [...input.translations].sort((a, b) => Number(b.locale === input.sourceLocale) - Number(a.locale === input.sourceLocale));
  let sourceRevisionId: number | null = null;
  for (const draft of ordered) {
    const body = withBlockIds(draft.body);
    const slug = uniqueSlug(db, draft.locale, draft.slug || slugify(draft.title), entryType(input.type ?? 'story').reservedSlugs);
    const snapshot: TranslationSnapshot = {
      title: draft.title,
      slug,
      summary: draft.summary,
      body,
      dateline: draft.dateline ?? '',
      seoTitle: draft.seoTitle ?? '',
      seoDescription: draft.seoDescription ?? '',
      fields: draft.fields ?? {},
      status: draft.status,
    };
    const translation = db
      .insert(entryTranslations)
      .values({
        entryId: story.id,
        locale: draft.locale,
        ...snapshot,
        publishedAt: draft.publishedAt,
        updatedById: input.authorId,
        version: 1,
      })
      .returning({ id: entryTranslations.id })
      .get();
    syncTranslationMedia(db, translation.id, body);
    const revision = db
      .insert(revisions)
      .values({
        translationId: translation.id,
        version: 1,
        // The source's revision records the shared fields, as every later save of it does.
        snapshot: draft.locale === input.sourceLocale ? { ...snapshot, shared: { kind: input.kind, countries: [...new Set(input.countries)].sort(), topics: input.topics, heroMediaId: input.heroMediaId ?? null, featured: input.featured ?? false, ...input.details } } : snapshot,
        authorId: input.authorId,
        note: input.note ?? '',
      })
      .returning({ id: revisions.id })
      .get();
    if ((draft.status === 'published' || draft.status === 'scheduled') && draft.publishedAt) {
      upsertPublication(db, { translationId: translation.id, entryId: story.id, locale: draft.locale, snapshot, heroMediaId: input.heroMediaId ?? null, revisionId: revision.id, publishedAt: draft.publishedAt });
    }
    if (draft.locale === input.sourceLocale) sourceRevisionId = revision.id;
    else if (sourceRevisionId !== null) {
      db.update(entryTranslations)
        .set({ syncedSourceRevisionId: sourceRevisionId })
        .where(eq(entryTranslations.id, translation.id))
        .run();
    }
  }
  return { storyId: story.id };
}

/**
 * Makes a snapshot the live (or, with a future time, scheduled) public version of a translation,
 * with the entry's hero image as it is now, replacing whatever was live before. The copy carries
 * the entry's type, so each public section lists its own type from the live copies.
 */
export function upsertPublication(
  db: DbLike,
  p: { translationId: number; entryId: number; locale: ContentLocale; snapshot: TranslationSnapshot; heroMediaId: number | null; revisionId: number | null; publishedAt: Date },
): void {
  const entry = db.select({ type: entries.type }).from(entries).where(eq(entries.id, p.entryId)).get();
  if (!entry) throw new Error(`upsertPublication: no entry ${p.entryId}`);
  const values = {
    entryId: p.entryId,
    type: entry.type,
    locale: p.locale,
    slug: p.snapshot.slug,
    title: p.snapshot.title,
    summary: p.snapshot.summary,
    body: p.snapshot.body,
    dateline: p.snapshot.dateline,
    seoTitle: p.snapshot.seoTitle,
    seoDescription: p.snapshot.seoDescription,
    fields: p.snapshot.fields ?? {},
    heroMediaId: p.heroMediaId,
    revisionId: p.revisionId,
    publishedAt: p.publishedAt,
    updatedAt: new Date(),
  };
  db.insert(translationPublications)
    .values({ translationId: p.translationId, ...values })
    .onConflictDoUpdate({ target: translationPublications.translationId, set: values })
    .run();
  syncPublicationMedia(db, p.translationId, p.snapshot.body);
  indexStoryPublication(db, p.translationId);
}
