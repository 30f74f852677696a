import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventCard } from '@/components/event-card';
import { listPastEvents, listUpcomingEvents } from '@/db/queries/events';
import { routing } from '@/i18n/routing';
import { localeAlternates } from '@/lib/seo';

// Cached like the section's pages; an event's publish revalidates it (lib/entry-types.ts).
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/almaty-process/events'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Events' });
  return { title: t('processTitle'), alternates: localeAlternates(locale, { en: '/en/almaty-process/events', ru: '/ru/almaty-process/events' }) };
}

/** The Almaty Process's own meetings: what is to come, then every past one (a few a year). */
export default async function AlmatyProcessEventsPage({ params }: PageProps<'/[locale]/almaty-process/events'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Events' });
  const upcoming = listUpcomingEvents(locale, 50, { almatyProcess: true });
  const past = listPastEvents(locale, 1, 100, { almatyProcess: true });
  return (
    <>
      <p>
        <a href={`/${locale}/almaty-process`}>← {t('backToProcess')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('processTitle')}</h1>
      <section aria-labelledby="upcoming-heading" className="mt-6">
        <h2 id="upcoming-heading" className="text-2xl font-semibold">
          {t('upcoming')}
        </h2>
        {upcoming.length === 0 ? <p className="mt-2 text-gray-700">{t('noneUpcoming')}</p> : upcoming.map((e) => <EventCard key={e.id} event={e} locale={locale} />)}
      </section>
      <section aria-labelledby="past-heading" className="mt-8">
        <h2 id="past-heading" className="text-2xl font-semibold">
          {t('past')}
        </h2>
        {past.items.length === 0 ? <p className="mt-2 text-gray-700">{t('nonePast')}</p> : past.items.map((e) => <EventCard key={e.id} event={e} locale={locale} />)}
      </section>
    </>
  );
}
