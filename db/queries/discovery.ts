import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { translationPublications as live, type EntryType } from '../schema';
import { isLive } from './published';

export type SitemapStory = { storyId: number; translations: Partial<Record<Locale, { slug: string; updatedAt: Date }>> };

/**
 * Every entry of a type (stories unless said) with at least one public translation, and exactly those translations: the sitemap's
 * hreflang alternates must never name a draft or a scheduled page.
 */
export function listSitemapStories(type: EntryType = 'story'): SitemapStory[] {
  const rows = getDb()
    .select({ storyId: live.entryId, locale: live.locale, slug: live.slug, updatedAt: live.updatedAt })
    .from(live)
    .where(and(eq(live.type, type), isLive()))
    .orderBy(desc(live.publishedAt), live.entryId)
    .all();
  const byStory = new Map<number, SitemapStory>();
  for (const row of rows) {
    const entry = byStory.get(row.storyId) ?? { storyId: row.storyId, translations: {} };
    entry.translations[row.locale] = { slug: row.slug, updatedAt: row.updatedAt };
    byStory.set(row.storyId, entry);
  }
  return [...byStory.values()];
}
