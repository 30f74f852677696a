import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { DocumentFormOptions } from '@/components/admin/document-fields';
import { DOCUMENT_TYPES, LOCALES } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { COUNTRY_CODES } from '../countries';
import { countryName } from '../format';
import { formatBytes } from '../media/format-bytes';
import { documentLimits } from './limits';

/** What the document forms offer, in the interface's language, and the size limit for people. */
export async function documentFormOptions(locale: Locale): Promise<{ options: DocumentFormOptions; maxBytes: number; maxLabel: string }> {
  const tt = await getTranslations({ locale, namespace: 'DocumentTypes' });
  const { maxBytes } = documentLimits();
  return {
    options: {
      types: DOCUMENT_TYPES.map((type) => ({ value: type, label: tt(type) })),
      countries: COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })),
      languages: [...LOCALES],
    },
    maxBytes,
    maxLabel: formatBytes(maxBytes, locale),
  };
}
