import { and, eq, lte, ne, type SQL } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { translationPublications, type EntryType } from '../schema';

/**
 * The one rule for what the public may see: a published copy whose time has come (a scheduled
 * one turns public by itself). Drafts never reach translation_publications at all. Every public
 * read goes through it.
 */
export function isLive(now: Date = new Date()): SQL {
  return lte(translationPublications.publishedAt, now);
}

/** An entry's live slugs by language: the languages a reader can switch to, and their addresses. */
export function liveSlugsOf(entryId: number): Partial<Record<Locale, string>> {
  const rows = getDb()
    .select({ locale: translationPublications.locale, slug: translationPublications.slug })
    .from(translationPublications)
    .where(and(eq(translationPublications.entryId, entryId), isLive()))
    .all();
  return Object.fromEntries(rows.map((r) => [r.locale, r.slug]));
}

/** Where a slug of another language leads: that language's copy, re-addressed in this one. */
export type OtherLanguageLookup =
  | { kind: 'redirect'; entryId: number; slug: string }
  | { kind: 'untranslated'; entryId: number; available: { locale: Locale; slug: string; title: string; summary: string } }
  | { kind: 'missing' };

/**
 * A slug no live copy in `locale` has, looked up among the other languages' live copies of the
 * same type: a link from the other language (the switcher, a shared URL). The reader is sent to
 * this language's own slug for the entry, or shown what exists when it is not translated yet.
 * `belongs` narrows the entries that count (a page of another section does not).
 */
export function lookupSlugInOtherLanguage(type: EntryType, locale: Locale, slug: string, belongs: (entryId: number) => boolean = () => true): OtherLanguageLookup {
  const live = translationPublications;
  const foreign = getDb()
    .select({ entryId: live.entryId, locale: live.locale, slug: live.slug, title: live.title, summary: live.summary })
    .from(live)
    .where(and(eq(live.type, type), ne(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (!foreign || !belongs(foreign.entryId)) return { kind: 'missing' };
  const ownSlug = liveSlugsOf(foreign.entryId)[locale];
  if (ownSlug) return { kind: 'redirect', entryId: foreign.entryId, slug: ownSlug };
  return { kind: 'untranslated', entryId: foreign.entryId, available: { locale: foreign.locale, slug: foreign.slug, title: foreign.title, summary: foreign.summary } };
}
