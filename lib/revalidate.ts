import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { getDb } from '@/db';
import { liveSlugsShowingMedia } from '@/db/queries/media-usage-live';
import { liveSlugsLinkingDocument } from '@/db/queries/story-document-usage';
import { liveCopiesReferringToStorySlugs } from '@/db/queries/story-refs';
import { ENTRY_TYPES, type EntryType } from '@/db/schema';
import { entryType, revalidationPaths } from '@/lib/entry-types';
import { NEWS_FILTER_OPTIONS_TAG } from './revalidate-tags';

/**
 * What invalidates what on the public site (docs/architecture.md, "Caching"). Public pages are
 * kept in Next's cache once rendered; every change that can alter one names it here.
 *
 * Everything public a change to one translation can touch: its page under the old and the new
 * slug, the other language's page for those slugs (which may say "not yet translated"), the
 * news list and home in both languages (lib/entry-types.ts names them for the story type).
 */
export function revalidateStoryPaths(slugs: readonly string[]): void {
  revalidateEntryPaths('story', slugs);
}

/**
 * A public route pattern as Next's cache knows it: by its files' folders, route group included
 * (`/[locale]/(public)/countries/[slug]`). A pattern without the group matches no cached page, and
 * revalidating it does nothing. The descriptors name public addresses; the folder is added here.
 */
export function publicRouteFilePattern(pattern: string): string {
  return pattern.replace(/^\/\[locale\]\//, '/[locale]/(public)/');
}

/** The same for an entry of any type (lib/entry-types.ts names each type's pages). */
export function revalidateEntryPaths(type: EntryType, slugs: readonly string[]): void {
  revalidatePagesOf(type, slugs);
  // The news filters offer what public stories have: expired now, read afresh on the next visit.
  if (type === 'story') revalidateTag(NEWS_FILTER_OPTIONS_TAG, { expire: 0 });
  // Pages whose text refers to the story show its title, summary and date (or nothing if it went).
  if (type === 'story') {
    // (A section's front page lives at the section's address: its type's pages are refreshed whole.)
    for (const copy of liveCopiesReferringToStorySlugs(getDb(), slugs)) revalidatePagesOf(copy.type, [copy.slug]);
  }
}

/** The pages of one type that show these slugs' entries: their own pages, lists and patterns. */
function revalidatePagesOf(type: EntryType, slugs: readonly string[]): void {
  for (const path of revalidationPaths(type, slugs)) revalidatePath(path);
  for (const pattern of entryType(type).routePatterns ?? []) revalidatePath(publicRouteFilePattern(pattern), 'page');
}

/**
 * Pages under these slugs, whatever their type: the scheduler knows only the slugs whose time
 * came (slugs are unique per language across types, so a slug names one entry's pages).
 */
export function revalidateSlugsOfEveryType(slugs: readonly string[]): void {
  for (const type of ENTRY_TYPES) revalidateEntryPaths(type, slugs);
}

/** An image's alt text, caption or credit changed: the pages (stories, section pages) that show it. */
export function revalidateStoriesShowingMedia(mediaId: number): void {
  const slugs = liveSlugsShowingMedia(getDb(), mediaId);
  if (slugs.length > 0) revalidateSlugsOfEveryType(slugs);
}

/** A document's title, type, year or files changed (or it is gone): the pages that link it. */
export function revalidateStoriesLinkingDocument(documentId: number): void {
  const slugs = liveSlugsLinkingDocument(getDb(), documentId);
  if (slugs.length > 0) revalidateSlugsOfEveryType(slugs);
}

/** The site's name, footer or links changed: every page shows them. */
export function revalidateEverything(): void {
  revalidatePath('/', 'layout');
}
