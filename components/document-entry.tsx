import { getTranslations } from 'next-intl/server';
import type { DocumentItem } from '@/db/queries/documents';
import { LOCALES } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { countryName } from '@/lib/format';
import { formatBytes } from '@/lib/media/format-bytes';

/**
 * One document on the public list, in the page's language: its title and description there, what
 * it is, and each language's file — the page's language first; a missing one says so and the
 * other language's file is offered, marked with its language.
 */
export async function DocumentEntry({ document, locale, headingLevel = 'h2' }: { document: DocumentItem; locale: Locale; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const [t, tt] = await Promise.all([getTranslations({ locale, namespace: 'Resources' }), getTranslations({ locale, namespace: 'DocumentTypes' })]);
  const own = document.languages[locale];
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  const available = order.filter((l) => document.languages[l].file);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  // "English", "русский": language names as they read inside a sentence of this locale.
  const languageName = (l: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(l) ?? l;
  return (
    <article className="border-b border-gray-200 py-5" aria-labelledby={`document-${document.id}`}>
      <Heading id={`document-${document.id}`} className="text-xl font-semibold">
        {own.title}
      </Heading>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-700">
        <div className="flex gap-1">
          <dt>{t('type')}:</dt>
          <dd className="font-semibold">{tt(document.type)}</dd>
        </div>
        <div className="flex gap-1">
          <dt>{t('year')}:</dt>
          <dd>{document.year}</dd>
        </div>
        {document.countries.length ? (
          <div className="flex gap-1">
            <dt>{t('countries')}:</dt>
            <dd>{list(document.countries.map((c) => countryName(c, locale)).sort((a, b) => a.localeCompare(b, locale)))}</dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt>{t('languages')}:</dt>
          <dd>{list(available.map(languageName))}</dd>
        </div>
      </dl>
      {own.description ? <p className="mt-2 text-gray-800">{own.description}</p> : null}
      <ul className="mt-3 space-y-1" aria-label={t('files', { title: own.title })}>
        {order.map((l) => {
          const file = document.languages[l].file;
          if (!file) {
            return (
              <li key={l} className="text-gray-700">
                {t('notAvailable', { language: l })}
              </li>
            );
          }
          const size = formatBytes(file.bytes, locale);
          return (
            <li key={l}>
              <a href={file.url} hrefLang={l} type="application/pdf" className="font-semibold">
                {t('download', { language: l })}
              </a>{' '}
              <span className="text-sm text-gray-700">
                ({file.pages ? t('detailsWithPages', { size, pages: file.pages }) : t('details', { size })})
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
