import 'server-only';
import { revalidatePath } from 'next/cache';
import { revalidationPaths } from '@/lib/entry-types';

/**
 * Everything public a change to one translation can touch: its page under the old and the new
 * slug, the other language's page for those slugs (which may say "not yet translated"), the
 * news list and home in both languages (lib/entry-types.ts names them for the story type).
 */
export function revalidateStoryPaths(slugs: readonly string[]): void {
  for (const path of revalidationPaths('story', slugs)) revalidatePath(path);
}
