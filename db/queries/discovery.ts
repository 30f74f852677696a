import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { stories, translationPublications as live, type StoryKind } from '../schema';
import { isLive } from './published';

export const FEED_SIZE = 20;

export type FeedItem = { storyId: number; kind: StoryKind; title: string; slug: string; summary: string; publishedAt: Date; updatedAt: Date };

/** The newest public stories of one locale, for its feed. */
export function listFeedItems(locale: Locale, limit = FEED_SIZE): FeedItem[] {
  return getDb()
    .select({
      storyId: live.storyId,
      kind: stories.kind,
      title: live.title,
      slug: live.slug,
      summary: live.summary,
      publishedAt: live.publishedAt,
      updatedAt: live.updatedAt,
    })
    .from(live)
    .innerJoin(stories, eq(stories.id, live.storyId))
    .where(and(eq(live.locale, locale), isLive()))
    .orderBy(desc(live.publishedAt), desc(live.storyId))
    .limit(limit)
    .all();
}

export type SitemapStory = { storyId: number; translations: Partial<Record<Locale, { slug: string; updatedAt: Date }>> };

/**
 * Every story with at least one public translation, and exactly those translations: the sitemap's
 * hreflang alternates must never name a draft or a scheduled page.
 */
export function listSitemapStories(): SitemapStory[] {
  const rows = getDb()
    .select({ storyId: live.storyId, locale: live.locale, slug: live.slug, updatedAt: live.updatedAt })
    .from(live)
    .where(isLive())
    .orderBy(desc(live.publishedAt), live.storyId)
    .all();
  const byStory = new Map<number, SitemapStory>();
  for (const row of rows) {
    const entry = byStory.get(row.storyId) ?? { storyId: row.storyId, translations: {} };
    entry.translations[row.locale] = { slug: row.slug, updatedAt: row.updatedAt };
    byStory.set(row.storyId, entry);
  }
  return [...byStory.values()];
}
