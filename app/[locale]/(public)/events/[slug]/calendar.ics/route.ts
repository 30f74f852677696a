import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { eventPlace } from '@/components/event-card';
import { lookupEventBySlug } from '@/db/queries/events';
import { routing } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { getEnv } from '@/lib/env';
import { buildIcs } from '@/lib/ics';

/**
 * An event as a calendar file (`text/calendar`), in the reader's language, for "Add to calendar".
 * Only a live event has one; another language's slug is sent to this language's file.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events/[slug]/calendar.ics'>) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const result = lookupEventBySlug(locale, decodeURIComponent(slug));
  if (result.kind === 'redirect') return Response.redirect(new URL(`${entryType('event').publicPath(locale, result.slug)}/calendar.ics`, getEnv().SITE_URL), 308);
  if (result.kind !== 'found') return new Response('Not found', { status: 404 });
  const { event } = result;
  const t = await getTranslations({ locale, namespace: 'Events' });
  const origin = getEnv().SITE_URL;
  const ics = buildIcs({
    uid: `event-${event.id}@${new URL(origin).host}`,
    url: `${origin}${entryType('event').publicPath(locale, event.slug)}`,
    title: event.title,
    description: event.summary,
    location: eventPlace(event, locale, t('online')),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    allDay: event.allDay,
    updatedAt: event.updatedAt,
    locale,
  });
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
      'cache-control': 'public, max-age=60',
    },
  });
}
