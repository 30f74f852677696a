import 'server-only';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import type { FigureImage } from '@/components/story-figure';
import { getStoryImages } from '@/db/queries/media';
import type { Locale } from '@/i18n/routing';
import { formatCredit } from './credit';

/**
 * The images a page shows (hero, body), with their words in the reader's language and the credit
 * line as the page prints it: one query, shared between a page and its metadata through React's
 * cache (keyed by the ids joined, as the cache compares arguments by value).
 */
const imagesByIds = cache(async (locale: Locale, idList: string): Promise<Map<number, FigureImage>> => {
  const images = getStoryImages(idList ? idList.split(',').map(Number) : [], locale);
  const t = await getTranslations({ locale, namespace: 'Media' });
  return new Map(
    [...images].map(([id, image]) => {
      const credit = formatCredit(image, locale);
      return [id, { ...image, credit: credit ? t('credit', { credit }) : '' }];
    }),
  );
});

export function figureImages(ids: readonly number[], locale: Locale): Promise<Map<number, FigureImage>> {
  return imagesByIds(locale, ids.join(','));
}
