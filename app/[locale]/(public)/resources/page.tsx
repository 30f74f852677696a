import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DocumentEntry } from '@/components/document-entry';
import { Pagination } from '@/components/pagination';
import { SelectField } from '@/components/ui/select-field';
import { listDocumentFilterOptions, listDocuments } from '@/db/queries/documents';
import { DOCUMENT_TYPES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { documentListHref, parseDocumentQuery, parsePageParam } from '@/lib/documents/filters';
import { countryName } from '@/lib/format';
import { localeAlternates } from '@/lib/seo';
import { FilterForm, YearSelect } from '@/components/filter-form';

// Reads its query string: rendered per request (the layout lets pages be cached; this one cannot be).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/resources'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const sp = await searchParams;
  const page = parsePageParam(sp.page) ?? 1;
  const query = parseDocumentQuery(sp);
  const t = await getTranslations({ locale, namespace: 'Resources' });
  return {
    title: page > 1 ? t('pageTitle', { page }) : t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, { en: documentListHref('/en/resources', query, page), ru: documentListHref('/ru/resources', query, page) }),
  };
}

export default async function ResourcesPage({ params, searchParams }: PageProps<'/[locale]/resources'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const sp = await searchParams;
  const page = parsePageParam(sp.page);
  if (page === null) notFound();
  await connection();
  const query = parseDocumentQuery(sp);
  const [t, tt] = await Promise.all([getTranslations({ locale, namespace: 'Resources' }), getTranslations({ locale, namespace: 'DocumentTypes' })]);
  const { items, total, pageCount } = listDocuments(query, { page });
  if (page > pageCount) notFound();
  const options = listDocumentFilterOptions();
  const countries = [...new Set([...options.countries, ...(query.country ? [query.country] : [])])]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const years = [...new Set([...options.years, ...(query.year !== undefined ? [query.year] : [])])].sort((a, b) => b - a);
  const filtered = Object.keys(query).length > 0;
  const base = `/${locale}/resources`;

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>

      <FilterForm action={base} label={t('filters')} applyLabel={t('apply')} clearLabel={t('clear')} filtered={filtered}>
        <SelectField
          name="type"
          label={t('type')}
          defaultValue={query.type ?? ''}
          options={[{ value: '', label: t('anyType') }, ...DOCUMENT_TYPES.map((type) => ({ value: type, label: tt(type) }))]}
        />
        <SelectField name="country" label={t('country')} defaultValue={query.country ?? ''} options={[{ value: '', label: t('anyCountry') }, ...countries]} />
        <YearSelect label={t('year')} anyLabel={t('anyYear')} years={years} value={query.year} />
      </FilterForm>

      <p className="mt-6 text-gray-700" role="status">
        {t('count', { count: total })}
      </p>
      {items.length === 0 ? (
        <p className="mt-2">{filtered ? t('empty') : t('emptyAll')}</p>
      ) : (
        <div className="mt-2">
          {items.map((document) => (
            <DocumentEntry key={document.id} document={document} locale={locale} />
          ))}
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(p) => documentListHref(base, query, p)}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: pageCount }) }}
      />
    </>
  );
}
