import 'server-only';
import { getStoryRefSummaries } from '@/db/queries/story-refs';
import type { ContentLocale, RichTextDoc } from '@/db/schema';
import { bodyStoryRefIds } from '@/lib/rich-text';
import { storyRefTitle } from './summary';

/**
 * The titles that name the stories these bodies refer to, in `lang` (else the story's other
 * language), for the revision diff and the translation workspace; stories gone are absent.
 */
export function storyRefTitles(bodies: readonly (RichTextDoc | null | undefined)[], lang: ContentLocale): Map<number, string> {
  const ids = bodies.flatMap((b) => (b ? bodyStoryRefIds(b) : []));
  return new Map(getStoryRefSummaries(ids).flatMap((s) => {
    const named = storyRefTitle(s, lang);
    return named ? [[s.id, named.title] as const] : [];
  }));
}
