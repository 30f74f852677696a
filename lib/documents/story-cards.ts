import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { getDocumentLinks } from '@/db/queries/documents';
import type { RichTextDoc } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { bodyDocumentIds } from '@/lib/rich-text';
import { documentCard, type DocumentCardData } from './card';

/** The cards of the documents a body links, in the reader's language, in one query; deleted documents have none. */
export async function storyDocumentCards(body: RichTextDoc, locale: Locale): Promise<Map<number, DocumentCardData>> {
  const ids = bodyDocumentIds(body);
  if (ids.length === 0) return new Map();
  const [t, tt] = await Promise.all([getTranslations({ locale, namespace: 'StoryDocuments' }), getTranslations({ locale, namespace: 'DocumentTypes' })]);
  const labels = {
    type: tt,
    details: (size: string, pages: number | null) => (pages ? t('detailsWithPages', { size, pages }) : t('details', { size })),
    onlyIn: (language: Locale) => t('onlyIn', { language }),
  };
  const cards = new Map<number, DocumentCardData>();
  for (const link of getDocumentLinks(getDb(), ids, locale)) {
    const card = documentCard(link, locale, labels);
    if (card) cards.set(link.id, card);
  }
  return cards;
}
