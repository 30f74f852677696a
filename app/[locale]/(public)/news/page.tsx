import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Pagination } from '@/components/pagination';
import { StoryCard } from '@/components/story-card';
import { SelectField } from '@/components/ui/select-field';
import { unstable_cache } from 'next/cache';
import { listNewsFilterOptions, listPublishedStories } from '@/db/queries/stories';
import { NEWS_FILTER_OPTIONS_TAG } from '@/lib/revalidate-tags';
import { STORY_KINDS } from '@/db/schema';
import { routing, type Locale } from '@/i18n/routing';
import { countryName } from '@/lib/format';
import { newsListHref, parseNewsQuery } from '@/lib/news-filters';
import { localeAlternates } from '@/lib/seo';
import { tagWords } from '@/lib/topics';
import { FilterForm, YearSelect } from '@/components/filter-form';

// Reads its query string: rendered per request (the layout lets pages be cached; this one cannot be).
export const dynamic = 'force-dynamic';

/**
 * What the filters offer reads every public story (their countries, topics and years): kept in
 * Next's data cache, refreshed whenever a story goes public or stops being (lib/revalidate.ts).
 */
const cachedFilterOptions = unstable_cache(async (locale: Locale) => listNewsFilterOptions(locale), ['news-filter-options'], { tags: [NEWS_FILTER_OPTIONS_TAG], revalidate: 600 });

/** `?page=` as a page number: absent → 1; anything but a positive integer → not found. */
function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const sp = await searchParams;
  const page = parsePage(sp.page) ?? 1;
  const query = parseNewsQuery(sp);
  const t = await getTranslations({ locale, namespace: 'News' });
  return {
    title: page > 1 ? t('pageTitle', { page }) : t('title'),
    description: t('description'),
    // Page 2 of one language's list is not page 2 of the other's (each has its own stories, and the
    // other may have fewer pages): only the first page names its translation.
    alternates: localeAlternates(locale, page > 1 ? { [locale]: newsListHref(`/${locale}/news`, query, page) } : { en: newsListHref('/en/news', query, 1), ru: newsListHref('/ru/news', query, 1) }),
  };
}

export default async function NewsPage({ params, searchParams }: PageProps<'/[locale]/news'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const sp = await searchParams;
  const page = parsePage(sp.page);
  if (page === null) notFound();
  await connection();
  const query = parseNewsQuery(sp);
  const [t, tk, tt] = await Promise.all([
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'Kinds' }),
    getTranslations({ locale, namespace: 'Topics' }),
  ]);
  const { items, total, pageCount } = listPublishedStories(locale, page, undefined, query);
  if (page > pageCount) notFound();
  const options = await cachedFilterOptions(locale);
  // Topics are tags editors type; the usual ones have names in messages.
  type Topic = Parameters<typeof tt>[0];
  const topicLabel = (topic: string) => (tt.has(topic as Topic) ? tt(topic as Topic) : tagWords(topic));
  // A filter from a link stays offered even when nothing matches it now.
  const countries = [...new Set([...options.countries, ...(query.country ? [query.country] : [])])]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const topics = [...new Set([...options.topics, ...(query.topic ? [query.topic] : [])])]
    .map((topic) => ({ value: topic, label: topicLabel(topic) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const years = [...new Set([...options.years, ...(query.year !== undefined ? [query.year] : [])])].sort((a, b) => b - a);
  const filtered = Object.keys(query).length > 0;
  const base = `/${locale}/news`;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <FilterForm action={base} label={t('filters')} applyLabel={t('apply')} clearLabel={t('clear')} filtered={filtered} className="mt-4">
        <SelectField name="kind" label={t('kind')} defaultValue={query.kind ?? ''} options={[{ value: '', label: t('anyKind') }, ...STORY_KINDS.map((k) => ({ value: k, label: tk(k) }))]} />
        <SelectField name="country" label={t('country')} defaultValue={query.country ?? ''} options={[{ value: '', label: t('anyCountry') }, ...countries]} />
        <SelectField name="topic" label={t('topic')} defaultValue={query.topic ?? ''} options={[{ value: '', label: t('anyTopic') }, ...topics]} />
        <YearSelect label={t('year')} anyLabel={t('anyYear')} years={years} value={query.year} />
      </FilterForm>
      <p className="mt-4 text-gray-700" role="status">
        {t('count', { count: total })}
      </p>
      {items.length === 0 ? (
        <p className="mt-6">{filtered ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <div className="mt-4">
          {items.map((story) => (
            <StoryCard key={story.storyId} story={story} locale={locale} />
          ))}
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(p) => newsListHref(base, query, p)}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: pageCount }) }}
      />
    </>
  );
}
