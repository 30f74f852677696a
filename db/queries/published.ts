import { and, eq, lte, type SQL } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { translationPublications } from '../schema';

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
