import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { StoryCard } from '@/components/story-card';
import { getSiteSettings } from '@/db/queries/site-settings';
import { latestStoryCards } from '@/db/queries/stories';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/lib/env';
import { localeAlternates } from '@/lib/seo';

// Served from the cache; publishing revalidates it at once, this is the safety net.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { alternates: localeAlternates(locale, { en: '/en', ru: '/ru' }) };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const [featured, ...latest] = latestStoryCards(locale, 7);
  const origin = getEnv().SITE_URL;
  const { siteName, tagline } = getSiteSettings();
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: siteName[locale],
          description: tagline[locale],
          url: `${origin}/${locale}`,
          inLanguage: locale,
          potentialAction: { '@type': 'SearchAction', target: `${origin}/${locale}/search?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
        }}
      />
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {!featured ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="sr-only">
              {t('featured')}
            </h2>
            <StoryCard story={featured} locale={locale} headingLevel="h3" featured />
          </section>
          {latest.length > 0 ? (
            <section aria-labelledby="latest-heading" className="mt-8">
              <h2 id="latest-heading" className="text-2xl font-bold">
                {t('latest')}
              </h2>
              {latest.map((story) => (
                <StoryCard key={story.storyId} story={story} locale={locale} headingLevel="h3" />
              ))}
            </section>
          ) : null}
          <p className="mt-6">
            <a href={`/${locale}/news`} className="font-semibold">
              {t('allNews')} →
            </a>
          </p>
        </>
      )}
    </>
  );
}
