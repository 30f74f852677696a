import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Pagination } from '@/components/pagination';
import { StoryCard } from '@/components/story-card';
import { listPublishedStories } from '@/db/queries/stories';
import { routing } from '@/i18n/routing';
import { localeAlternates } from '@/lib/seo';

/** `?page=` as a page number: absent → 1; anything but a positive integer → not found. */
function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = parsePage((await searchParams).page) ?? 1;
  const t = await getTranslations({ locale, namespace: 'News' });
  const suffix = page > 1 ? `?page=${page}` : '';
  return {
    title: page > 1 ? t('pageTitle', { page }) : t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, { en: `/en/news${suffix}`, ru: `/ru/news${suffix}` }),
  };
}

export default async function NewsPage({ params, searchParams }: PageProps<'/[locale]/news'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  await connection();
  const t = await getTranslations({ locale, namespace: 'News' });
  const { items, total, pageCount } = listPublishedStories(locale, page);
  if (page > pageCount) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-gray-700">{t('count', { count: total })}</p>
      {items.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
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
        href={(p) => (p === 1 ? `/${locale}/news` : `/${locale}/news?page=${p}`)}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: pageCount }) }}
      />
    </>
  );
}
