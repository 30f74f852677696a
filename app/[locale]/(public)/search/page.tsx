import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Pagination } from '@/components/pagination';
import { SearchResultItem } from '@/components/search-result';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, searchSite } from '@/db/queries/search';
import { routing } from '@/i18n/routing';
import { parsePageParam } from '@/lib/documents/filters';
import { localeAlternates } from '@/lib/seo';

// Reads its query string: rendered per request (the layout lets pages be cached; this one cannot be).
export const dynamic = 'force-dynamic';

/** `?q=` as one string (the first when repeated), cut to the longest query searched. */
function parseQuery(value: string | string[] | undefined): string {
  const q = Array.isArray(value) ? value[0] : value;
  return (q ?? '').slice(0, MAX_QUERY_LENGTH).trim();
}

const href = (locale: string, q: string, page = 1) => `/${locale}/search${q ? `?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}` : ''}`;

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const q = parseQuery((await searchParams).q);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: q ? t('titleFor', { query: q }) : t('title'),
    description: t('description'),
    // Result pages are not pages of their own for search engines.
    ...(q ? { robots: { index: false, follow: true } } : {}),
    alternates: localeAlternates(locale, { en: href('en', q), ru: href('ru', q) }),
  };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const sp = await searchParams;
  const page = parsePageParam(sp.page);
  if (page === null) notFound();
  await connection();
  const q = parseQuery(sp.q);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const result = q ? searchSite(locale, q, page) : null;
  if (result && result.total > 0 && page > result.pageCount) notFound();

  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <form method="get" action={`/${locale}/search`} role="search" className="mt-4 flex max-w-2xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-q" className="block font-semibold">
            {t('label')}
          </label>
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} aria-describedby="search-hint" className="mt-1 w-full rounded border border-gray-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t('submit')}
        </button>
        <p id="search-hint" className="w-full text-sm text-gray-700">
          {t('hint')}
        </p>
      </form>

      {result ? (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-xl font-semibold">
            {result.stems.length === 0 ? t('noWords') : t('count', { count: result.total, query: q })}
          </h2>
          {result.stems.length > 0 && result.total === 0 ? <p className="mt-2 text-gray-800">{t('nothingFound')}</p> : null}
          {result.items.length > 0 ? (
            <ol className="mt-2" start={(page - 1) * SEARCH_PAGE_SIZE + 1}>
              {result.items.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <SearchResultItem hit={hit} locale={locale} />
                </li>
              ))}
            </ol>
          ) : null}
          <Pagination
            page={page}
            pageCount={result.pageCount}
            href={(p) => href(locale, q, p)}
            labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: result.pageCount }) }}
          />
        </section>
      ) : null}
    </>
  );
}
