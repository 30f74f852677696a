import { and, eq, lte, type SQL } from 'drizzle-orm';
import { storyTranslations } from '../schema';

/**
 * The one rule for what the public may see: a translation that is published and whose publish
 * time has come. Every public read goes through it.
 */
export function isPublicTranslation(now: Date = new Date()): SQL {
  return and(eq(storyTranslations.status, 'published'), lte(storyTranslations.publishedAt, now))!;
}
