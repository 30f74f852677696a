import { lte, type SQL } from 'drizzle-orm';
import { translationPublications } from '../schema';

/**
 * The one rule for what the public may see: a published copy whose time has come (a scheduled
 * one turns public by itself). Drafts never reach translation_publications at all. Every public
 * read goes through it.
 */
export function isLive(now: Date = new Date()): SQL {
  return lte(translationPublications.publishedAt, now);
}
