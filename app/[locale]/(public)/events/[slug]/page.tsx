import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { eventPlace } from '@/components/event-card';
import { JsonLd } from '@/components/json-ld';
import { PreviewBanner } from '@/components/preview-banner';
import { ShareLinks } from '@/components/share-links';
import { RichText } from '@/components/rich-text';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import { getWorkingEventBySlug, lookupEventBySlug, type EventLookup } from '@/db/queries/events';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing, type Locale } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { storyRefCards } from '@/lib/story-refs/cards';
import { entryType } from '@/lib/entry-types';
import { getEnv } from '@/lib/env';
import { eventMachineDate, formatEventDates } from '@/lib/format';
import { figureImages } from '@/lib/media/figure-images';
import { bodyMediaIds } from '@/lib/rich-text';
import { localeAlternates } from '@/lib/seo';

type Props = PageProps<'/[locale]/events/[slug]'>;

// As the story page: rendered on the first visit, then served from the cache until a publish
// (or the scheduler, or this safety net) revalidates it.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(props: Props): Promise<{ locale: Locale; result: EventLookup; preview: boolean }> {
  const { locale, slug: rawSlug } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const slug = decodeURIComponent(rawSlug);
  if ((await draftMode()).isEnabled && (await getCurrentUser())) {
    const working = getWorkingEventBySlug(locale, slug);
    if (working) return { locale, result: { kind: 'found', event: working }, preview: true };
  }
  return { locale, result: lookupEventBySlug(locale, slug), preview: false };
}

const paths = (alternates: Partial<Record<Locale, string>>) => Object.fromEntries(Object.entries(alternates).map(([l, s]) => [l, entryType('event').publicPath(l as Locale, s)]));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'found') {
    const { event } = result;
    const title = event.seoTitle || event.title;
    const description = event.seoDescription || event.summary;
    return {
      ...(preview ? { robots: { index: false, follow: false } } : {}),
      title,
      description,
      alternates: localeAlternates(locale, paths(event.alternates)),
      openGraph: { type: 'website', title, description, locale: locale === 'ru' ? 'ru_RU' : 'en_GB' },
      twitter: { card: 'summary', title, description },
    };
  }
  if (result.kind === 'untranslated') {
    // The notice's own heading, so the tab and the page say the same.
    const t = await getTranslations({ locale, namespace: 'Untranslated' });
    return { title: t('eventTitle'), robots: { index: false }, alternates: localeAlternates(locale, { [result.available.locale]: entryType('event').publicPath(result.available.locale, result.available.slug) }) };
  }
  return {};
}

export default async function EventPage(props: Props) {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'redirect') permanentRedirect(entryType('event').publicPath(locale, result.slug));
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice what="event" locale={locale} available={result.available} href={entryType('event').publicPath(result.available.locale, result.available.slug)} />;
  }
  const { event } = result;
  const [t, images, documents, storyRefs] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    figureImages(bodyMediaIds(event.body), locale),
    storyDocumentCards(event.body, locale),
    storyRefCards(event.body, locale),
  ]);
  const origin = getEnv().SITE_URL;
  const place = eventPlace(event, locale, t('online'));
  const url = `${origin}${entryType('event').publicPath(locale, event.slug)}`;
  return (
    <article>
      {preview ? <PreviewBanner locale={locale} back={entryType('event').editPath(locale, event.id, locale)} /> : null}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: event.title,
          description: event.seoDescription || event.summary,
          inLanguage: locale,
          url,
          startDate: eventMachineDate(event.startsAt, event.allDay),
          ...(event.endsAt ? { endDate: eventMachineDate(event.endsAt, event.allDay) } : {}),
          eventStatus: 'https://schema.org/EventScheduled',
          eventAttendanceMode: event.countryCode ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
          location: event.countryCode
            ? { '@type': 'Place', name: place, address: { '@type': 'PostalAddress', addressCountry: event.countryCode } }
            : { '@type': 'VirtualLocation', url },
          organizer: { '@type': 'Organization', name: getSiteSettings().siteName[locale], url: `${origin}/${locale}` },
        }}
      />
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{event.almatyProcess ? t('almatyProcess') : t('event')}</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{event.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <time dateTime={eventMachineDate(event.startsAt, event.allDay)}>{formatEventDates(event, locale)}</time>
          {event.allDay ? null : <span className="text-gray-700"> ({t('almatyTime')})</span>}
        </dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{place}</dd>
        {event.participants ? (
          <>
            <dt className="font-semibold">{t('participants')}</dt>
            <dd className="whitespace-pre-line">{event.participants}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4">
        <a href={`${entryType('event').publicPath(locale, event.slug)}/calendar.ics`} download className="font-semibold">
          {t('addToCalendar')}
        </a>
      </p>
      {event.summary ? <p className="mt-6 text-xl leading-relaxed text-gray-800">{event.summary}</p> : null}
      <RichText doc={event.body} images={images} documents={documents} storyRefs={storyRefs} className="prose-story mt-6 max-w-prose text-lg leading-relaxed" />
      <ShareLinks url={url} title={event.title} locale={locale} />
      <p className="mt-10 print:hidden">
        <a href={`/${locale}/events`}>← {t('backToEvents')}</a>
      </p>
    </article>
  );
}
