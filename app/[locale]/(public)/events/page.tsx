import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EventCard } from '@/components/event-card';
import { Pagination } from '@/components/pagination';
import { listPastEvents, listUpcomingEvents } from '@/db/queries/events';
import { routing } from '@/i18n/routing';
import { parsePageParam } from '@/lib/documents/filters';
import { localeAlternates } from '@/lib/seo';

// Reads its query string (the page of past events): rendered per request.
export const dynamic = 'force-dynamic';

/** How many upcoming events the page lists: all of them, in practice (the office has a few a month). */
const UPCOMING_LIMIT = 50;

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/events'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = parsePageParam((await searchParams).page) ?? 1;
  const t = await getTranslations({ locale, namespace: 'Events' });
  // Each language lists its own events: only the first page names its translation.
  const alternates = page > 1 ? localeAlternates(locale, { [locale]: `/${locale}/events?page=${page}` }) : localeAlternates(locale, { en: '/en/events', ru: '/ru/events' });
  return { title: page > 1 ? t('pageTitle', { page }) : t('title'), description: t('description'), alternates };
}

export default async function EventsPage({ params, searchParams }: PageProps<'/[locale]/events'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  await connection();
  const t = await getTranslations({ locale, namespace: 'Events' });
  const upcoming = page === 1 ? listUpcomingEvents(locale, UPCOMING_LIMIT) : [];
  const past = listPastEvents(locale, page);
  if (page > past.pageCount) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {page === 1 ? (
        <section aria-labelledby="upcoming-heading" className="mt-6">
          <h2 id="upcoming-heading" className="text-2xl font-semibold">
            {t('upcoming')}
          </h2>
          {upcoming.length === 0 ? <p className="mt-2 text-gray-700">{t('noneUpcoming')}</p> : upcoming.map((e) => <EventCard key={e.id} event={e} locale={locale} />)}
        </section>
      ) : null}
      <section aria-labelledby="past-heading" className="mt-8">
        <h2 id="past-heading" className="text-2xl font-semibold">
          {t('past')}
        </h2>
        {past.items.length === 0 ? <p className="mt-2 text-gray-700">{t('nonePast')}</p> : past.items.map((e) => <EventCard key={e.id} event={e} locale={locale} />)}
        <Pagination
          page={page}
          pageCount={past.pageCount}
          href={(p) => (p === 1 ? `/${locale}/events` : `/${locale}/events?page=${p}`)}
          labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: past.pageCount }) }}
        />
      </section>
    </>
  );
}
