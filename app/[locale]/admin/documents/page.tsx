import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { FormStatus } from '@/components/admin/form-feedback';
import { Pagination } from '@/components/pagination';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { ADMIN_DOCUMENTS_PAGE_SIZE, listDocumentFilterOptions, listDocuments } from '@/db/queries/documents';
import { DOCUMENT_TYPES, LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { documentListHref, parseDocumentQuery, parsePageParam } from '@/lib/documents/filters';
import { countryName, formatDate } from '@/lib/format';
import { TableScroll } from '@/components/ui/table-scroll';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/documents'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Documents' }))('title') };
}

export default async function DocumentsAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/documents'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const sp = await searchParams;
  const query = parseDocumentQuery(sp, { search: true });
  const base = `/${locale}/admin/documents`;
  const user = await requirePageRole(locale, ['admin', 'editor'], documentListHref(base, query));
  const requested = parsePageParam(sp.page) ?? 1;
  const { items, total, page, pageCount } = listDocuments(query, { page: requested, pageSize: ADMIN_DOCUMENTS_PAGE_SIZE, order: 'updated' });
  const options = listDocumentFilterOptions();
  const [t, tt, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    getTranslations({ locale, namespace: 'DocumentTypes' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const countries = [...new Set([...options.countries, ...(query.country ? [query.country] : [])])]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const years = [...new Set([...options.years, ...(query.year !== undefined ? [query.year] : [])])].sort((a, b) => b - a);

  return (
    <AdminShell locale={locale} user={user}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <a href={`${base}/new`} className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline">
          {t('new')}
        </a>
      </div>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>
      {sp.deleted === '1' ? (
        <div className="mt-4">
          <FormStatus>{t('deleted')}</FormStatus>
        </div>
      ) : null}

      <form method="get" role="search" aria-label={t('filters')} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-gray-300 bg-gray-50 p-3">
        <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={query.q ?? ''} className="min-w-64 flex-1" />
        <SelectField name="type" label={t('type')} defaultValue={query.type ?? ''} options={[{ value: '', label: t('any') }, ...DOCUMENT_TYPES.map((type) => ({ value: type, label: tt(type) }))]} />
        <SelectField name="country" label={t('country')} defaultValue={query.country ?? ''} options={[{ value: '', label: t('any') }, ...countries]} />
        <SelectField
          name="year"
          label={t('year')}
          defaultValue={query.year !== undefined ? String(query.year) : ''}
          options={[{ value: '', label: t('any') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <button type="submit" className="rounded bg-gray-800 px-3 py-2 font-semibold text-white">
          {t('apply')}
        </button>
        <a href={base} className="py-2">
          {t('clear')}
        </a>
      </form>

      <p className="mt-4 text-gray-700" role="status">
        {t('count', { count: total })}
      </p>
      {items.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <TableScroll className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">{t('colTitle')}</th>
                <th scope="col" className="py-2 pr-4">{t('type')}</th>
                {LOCALES.map((l) => (
                  <th key={l} scope="col" className="py-2 pr-4">
                    {tl(l)}
                  </th>
                ))}
                <th scope="col" className="py-2 pr-4">{t('countries')}</th>
                <th scope="col" className="py-2 pr-4">{t('year')}</th>
                <th scope="col" className="py-2">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((doc) => (
                <tr key={doc.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <a href={`${base}/${doc.id}`} className="font-semibold">
                      {doc.languages[locale].title}
                    </a>
                  </th>
                  <td className="py-2 pr-4">{tt(doc.type)}</td>
                  {LOCALES.map((l) => (
                    <td key={l} className="py-2 pr-4">
                      {doc.languages[l].file ? t('hasFile') : <span className="text-red-800">{t('noFileShort')}</span>}
                    </td>
                  ))}
                  <td className="py-2 pr-4">{doc.countries
                      .map((c) => countryName(c, locale))
                      .sort((a, b) => a.localeCompare(b, locale))
                      .join(', ')}</td>
                  <td className="py-2 pr-4">{doc.year}</td>
                  <td className="py-2">{formatDate(doc.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(p) => documentListHref(base, query, p)}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: pageCount }) }}
      />
    </AdminShell>
  );
}
