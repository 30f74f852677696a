import { getTranslations } from 'next-intl/server';
import type { EventCard as EventCardData } from '@/db/queries/events';
import type { Locale } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { countryName, eventMachineDate, formatEventDates } from '@/lib/format';

/** Where an event takes place, in words: its venue and country, or "Online". */
export function eventPlace(event: Pick<EventCardData, 'venue' | 'countryCode'>, locale: Locale, online: string): string {
  const country = event.countryCode ? countryName(event.countryCode, locale) : online;
  return event.venue ? (event.venue.includes(country) ? event.venue : `${event.venue}, ${country}`) : country;
}

/** One event in a list: when, where, its title linked, and its summary. */
export async function EventCard({ event, locale, headingLevel = 3 }: { event: EventCardData; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'Events' });
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-b border-gray-200 py-4">
      <p className="text-sm text-gray-700">
        <time dateTime={eventMachineDate(event.startsAt, event.allDay)}>{formatEventDates(event, locale)}</time>
        {' · '}
        {eventPlace(event, locale, t('online'))}
        {/* A space, not only a margin: read aloud or copied, the label is a word of its own. */}
        {event.almatyProcess ? ' ' : null}
        {event.almatyProcess ? <span className="ml-2 rounded bg-gray-100 px-2 py-0.5 text-xs font-semibold">{t('almatyProcess')}</span> : null}
      </p>
      <Heading className="mt-1 text-lg font-semibold">
        <a href={entryType('event').publicPath(locale, event.slug)}>{event.title}</a>
      </Heading>
      {event.summary ? <p className="mt-1 text-gray-800">{event.summary}</p> : null}
    </article>
  );
}
