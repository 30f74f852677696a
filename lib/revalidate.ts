import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { getDb } from '@/db';
import { liveSlugsShowingMedia } from '@/db/queries/media-usage-live';
import { liveSlugsLinkingDocument } from '@/db/queries/story-document-usage';
import { revalidationPaths } from '@/lib/entry-types';
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
  for (const path of revalidationPaths('story', slugs)) revalidatePath(path);
  // The news filters offer what public stories have: expired now, read afresh on the next visit.
  revalidateTag(NEWS_FILTER_OPTIONS_TAG, { expire: 0 });
}

/** An image's alt text, caption or credit changed: the story pages that show it. */
export function revalidateStoriesShowingMedia(mediaId: number): void {
  const slugs = liveSlugsShowingMedia(getDb(), mediaId);
  if (slugs.length > 0) revalidateStoryPaths(slugs);
}

/** A document's title, type, year or files changed (or it is gone): the story pages that link it. */
export function revalidateStoriesLinkingDocument(documentId: number): void {
  const slugs = liveSlugsLinkingDocument(getDb(), documentId);
  if (slugs.length > 0) revalidateStoryPaths(slugs);
}

/** The site's name, footer or links changed: every page shows them. */
export function revalidateEverything(): void {
  revalidatePath('/', 'layout');
}
