import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getStoryRefCards } from '@/db/queries/story-refs';
import type { RichTextDoc } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { bodyStoryRefIds } from '@/lib/rich-text';
import { storyRefCard, type StoryRefCardData } from './card';

/**
 * The cards of the stories a body refers to, in the reader's language, in one query for the
 * page; stories live in no language have none. Give it every body the page shows (a digest's
 * items) to keep it one query.
 */
export async function storyRefCards(bodies: RichTextDoc | readonly RichTextDoc[], locale: Locale): Promise<Map<number, StoryRefCardData>> {
  const ids = (Array.isArray(bodies) ? bodies : [bodies]).flatMap((b: RichTextDoc) => bodyStoryRefIds(b));
  if (ids.length === 0) return new Map();
  const t = await getTranslations({ locale, namespace: 'StoryRefs' });
  const labels = { date: (date: Date) => formatDate(date, locale), onlyIn: (language: Locale) => t('onlyIn', { language }) };
  return new Map([...getStoryRefCards(ids, locale)].map(([id, target]) => [id, storyRefCard(target, labels)]));
}
