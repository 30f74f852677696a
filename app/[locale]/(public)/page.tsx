import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { EventCard } from '@/components/event-card';
import { StoryCard } from '@/components/story-card';
import { getSiteSettings } from '@/db/queries/site-settings';
import { latestDigest } from '@/db/queries/digests';
import { listUpcomingEvents } from '@/db/queries/events';
import { featuredStoryCard, latestStoryCards } from '@/db/queries/stories';
import { routing } from '@/i18n/routing';
import { formatIssueMonth } from '@/lib/digests';
import { entryType } from '@/lib/entry-types';
import { getEnv } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { localeAlternates } from '@/lib/seo';

// Served from the cache; publishing revalidates it at once, this is the safety net.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { alternates: localeAlternates(locale, { en: '/en', ru: '/ru' }) };
}

/** How many cards each home section shows. */
const LATEST = 6;
const PRESS_RELEASES = 3;
const UPCOMING = 3;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const featured = featuredStoryCard(locale);
  const latest = latestStoryCards(locale, LATEST + 1, 0, { kind: 'story' })
    .filter((s) => s.storyId !== featured?.storyId)
    .slice(0, LATEST);
  const pressReleases = latestStoryCards(locale, PRESS_RELEASES + 1, 0, { kind: 'press_release' })
    .filter((s) => s.storyId !== featured?.storyId)
    .slice(0, PRESS_RELEASES);
  const upcoming = listUpcomingEvents(locale, UPCOMING);
  const digest = latestDigest(locale);
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
      {/* Events and the digest stand beside the news even before the first story is published. */}
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        {!featured ? (
          <p>{t('empty')}</p>
        ) : (
          <div>
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
          </div>
        )}
        <div className="space-y-8">
          <section aria-labelledby="events-heading">
            <h2 id="events-heading" className="text-2xl font-bold">
              {t('upcomingEvents')}
            </h2>
            {upcoming.length === 0 ? <p className="mt-2 text-gray-700">{t('noUpcomingEvents')}</p> : upcoming.map((e) => <EventCard key={e.id} event={e} locale={locale} />)}
            <p className="mt-3">
              <a href={`/${locale}/events`} className="font-semibold">
                {t('allEvents')} →
              </a>
            </p>
          </section>
          {digest ? (
            <section aria-labelledby="digest-heading">
              <h2 id="digest-heading" className="text-2xl font-bold">
                {t('latestDigest')}
              </h2>
              <p className="mt-2 text-sm font-semibold uppercase tracking-wide text-gray-700">
                <time dateTime={digest.issueMonth}>{formatIssueMonth(digest.issueMonth, locale, { standalone: true })}</time>
              </p>
              <p className="mt-1">
                <a href={entryType('digest').publicPath(locale, digest.slug)} className="font-semibold">
                  {digest.title}
                </a>
              </p>
              <p className="mt-3">
                <a href={`/${locale}/digest`} className="font-semibold">
                  {t('allDigests')} →
                </a>
              </p>
            </section>
          ) : null}
          {pressReleases.length > 0 ? (
            <section aria-labelledby="press-heading">
              <h2 id="press-heading" className="text-2xl font-bold">
                {t('pressReleases')}
              </h2>
              <ul className="mt-2 space-y-3">
                {pressReleases.map((s) => (
                  <li key={s.storyId}>
                    <a href={entryType('story').publicPath(locale, s.slug)} className="font-semibold">
                      {s.title}
                    </a>
                    <p className="text-sm text-gray-700">
                      <time dateTime={s.publishedAt.toISOString()}>{formatDate(s.publishedAt, locale)}</time>
                    </p>
                  </li>
                ))}
              </ul>
              <p className="mt-3">
                <a href={`/${locale}/news?kind=press_release`} className="font-semibold">
                  {t('allPressReleases')} →
                </a>
              </p>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
