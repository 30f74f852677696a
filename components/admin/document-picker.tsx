'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { DocumentSummary } from '@/lib/documents/summary';
import { fetchPickerList, PickerDialog } from './picker-dialog';
import { fileLanguages } from './story-documents';

/**
 * Chooses a document from the library, searching titles in the language being edited. Mount it
 * only while open.
 */
export function DocumentPicker({ lang, libraryHref, onPick, onClose }: { lang: Locale; libraryHref: string | null; onPick: (document: DocumentSummary) => void; onClose: () => void }) {
  const t = useTranslations('DocumentPicker');
  const tt = useTranslations('DocumentTypes');
  const te = useTranslations();
  return (
    <PickerDialog<DocumentSummary>
      texts={{ heading: t('heading'), cancel: t('cancel'), search: t('search'), searchHint: t('searchHint', { language: lang }), loading: t('loading'), empty: t('empty'), count: (count) => t('count', { count }), error: (key) => te(key) }}
      load={(q, signal) => fetchPickerList(`/api/documents?${new URLSearchParams({ lang, ...(q ? { q } : {}) })}`, signal)}
      library={{ href: libraryHref, label: t('library') }}
      searchLang={lang}
      layout="list"
      renderItem={(item) => (
        <>
          <span className="font-semibold" lang={lang}>
            {item.title[lang]}
          </span>
          <span className="text-sm text-gray-700">
            {tt(item.type)} · {item.year} · {t('files', { languages: fileLanguages(item) })}
          </span>
        </>
      )}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
