import 'server-only';
import { revalidatePath } from 'next/cache';
import { routing, type Locale } from '@/i18n/routing';

/**
 * Everything public a change to one translation can touch: its page under the old and the new
 * slug, the other language's page for those slugs (which may say "not yet translated"), the
 * news list and home in both languages.
 */
export function revalidateStoryPaths(slugs: readonly string[]): void {
  for (const locale of routing.locales as readonly Locale[]) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/news`);
    for (const slug of new Set(slugs)) revalidatePath(`/${locale}/news/${slug}`);
  }
}
