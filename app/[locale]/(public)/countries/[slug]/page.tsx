import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { DocumentEntry } from '@/components/document-entry';
import { MissionContacts, hasMissionContacts } from '@/components/mission-contacts';
import { PreviewBanner } from '@/components/preview-banner';
import { RichText } from '@/components/rich-text';
import { StoryCard } from '@/components/story-card';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import {
  COUNTRY_RELATED_LIMIT,
  getWorkingCountryBySlug,
  listCountryDocuments,
  listCountryEvents,
  listCountryStories,
  lookupCountryBySlug,
  type CountryEvent,
  type CountryLookup,
} from '@/db/queries/countries';
import { routing, type Locale } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { documentListHref } from '@/lib/documents/filters';
import { entryType } from '@/lib/entry-types';
import { eventMachineDate, formatDate } from '@/lib/format';
import { figureImages } from '@/lib/media/figure-images';
import { newsListHref } from '@/lib/news-filters';
import { bodyMediaIds } from '@/lib/rich-text';
import { localeAlternates } from '@/lib/seo';

type Props = PageProps<'/[locale]/countries/[slug]'>;

// As the story page: rendered on the first visit, then served from the cache. Publishing the
// country, or a story or event (which this page may list), revalidates it; this is the safety net.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const countryPath = (locale: Locale, slug: string) => entryType('country').publicPath(locale, slug);

/** The page's data; in draft mode, for signed-in staff only, the working copy instead. */
async function load(props: Props): Promise<{ locale: Locale; result: CountryLookup; preview: boolean }> {
  const { locale, slug: rawSlug } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const slug = decodeURIComponent(rawSlug);
  if ((await draftMode()).isEnabled && (await getCurrentUser())) {
    const working = getWorkingCountryBySlug(locale, slug);
    if (working) return { locale, result: { kind: 'found', country: working }, preview: true };
  }
  return { locale, result: lookupCountryBySlug(locale, slug), preview: false };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'found') {
    const { country } = result;
    const paths = Object.fromEntries(Object.entries(country.alternates).map(([l, slug]) => [l, countryPath(l as Locale, slug)]));
    const title = country.seoTitle || country.title;
    const description = country.seoDescription || country.summary;
    return {
      ...(preview ? { robots: { index: false, follow: false } } : {}),
      title,
      description,
      alternates: localeAlternates(locale, paths),
      openGraph: { type: 'website', title, description, locale: locale === 'ru' ? 'ru_RU' : 'en_GB' },
      twitter: { card: 'summary', title, description },
    };
  }
  if (result.kind === 'untranslated') {
    const t = await getTranslations({ locale, namespace: 'Untranslated' });
    // Not a page of its own to index: point search engines at the version that exists.
    return {
      title: t('countryTitle'),
      robots: { index: false },
      alternates: localeAlternates(locale, { [result.available.locale]: countryPath(result.available.locale, result.available.slug) }),
    };
  }
  return {};
}

export default async function CountryPage(props: Props) {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'redirect') permanentRedirect(countryPath(locale, result.slug));
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice what="country" locale={locale} available={result.available} href={countryPath(result.available.locale, result.available.slug)} />;
  }

  const { country } = result;
  const [t, images, documentCards] = await Promise.all([
    getTranslations({ locale, namespace: 'Countries' }),
    figureImages(bodyMediaIds(country.body), locale),
    storyDocumentCards(country.body, locale),
  ]);
  const stories = listCountryStories(locale, country.countryCode);
  const documents = listCountryDocuments(country.countryCode);
  const events = listCountryEvents(locale, country.countryCode);
  const showMission = country.hasMission && (country.missionName !== '' || hasMissionContacts(country));

  return (
    <article>
      {preview ? <PreviewBanner locale={locale} back={entryType('country').editPath(locale, country.id, locale)} /> : null}
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{country.title}</h1>
      {country.membership ? (
        <p className="mt-2 text-gray-700">
          {t('membershipLabel')} <a href={`/${locale}/almaty-process`} className="underline">
            {t(`membership_${country.membership}`)}
          </a>
        </p>
      ) : null}
      {country.summary ? <p className="mt-4 text-xl leading-relaxed text-gray-800">{country.summary}</p> : null}

      {showMission ? (
        <section aria-labelledby="mission-heading" className="mt-6 max-w-prose rounded border-l-4 border-brand bg-gray-50 p-4">
          <h2 id="mission-heading" className="text-xl font-bold">
            {t('mission')}
          </h2>
          {country.missionName ? <p className="mt-1 font-semibold">{country.missionName}</p> : null}
          <div className="mt-2">
            <MissionContacts mission={country} locale={locale} />
          </div>
        </section>
      ) : null}

      <RichText doc={country.body} images={images} documents={documentCards} className="prose-story mt-6 max-w-prose text-lg leading-relaxed" />

      {stories.length > 0 ? (
        <section aria-labelledby="news-heading" className="mt-10">
          <h2 id="news-heading" className="text-2xl font-bold">
            {t('news')}
          </h2>
          {stories.map((story) => (
            <StoryCard key={story.storyId} story={story} locale={locale} headingLevel="h3" />
          ))}
          <p className="mt-3">
            <a href={newsListHref(`/${locale}/news`, { country: country.countryCode })}>{t('allNews')}</a>
          </p>
        </section>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="events-heading" className="mt-10">
          <h2 id="events-heading" className="text-2xl font-bold">
            {t('events')}
          </h2>
          <ul>
            {events.map((event) => (
              <EventItem key={event.id} event={event} locale={locale} labels={{ upcoming: t('upcoming'), past: t('past') }} />
            ))}
          </ul>
        </section>
      ) : null}

      {documents.items.length > 0 ? (
        <section aria-labelledby="documents-heading" className="mt-10">
          <h2 id="documents-heading" className="text-2xl font-bold">
            {t('documents')}
          </h2>
          {documents.items.map((document) => (
            <DocumentEntry key={document.id} document={document} locale={locale} headingLevel="h3" />
          ))}
          {documents.total > COUNTRY_RELATED_LIMIT ? (
            <p className="mt-3">
              <a href={documentListHref(`/${locale}/resources`, { country: country.countryCode }, 1)}>{t('allDocuments', { count: documents.total })}</a>
            </p>
          ) : null}
        </section>
      ) : null}

      <p className="mt-10 text-sm text-gray-700">
        {t('updated')} <time dateTime={country.updatedAt.toISOString()}>{formatDate(country.updatedAt, locale)}</time>
      </p>
      <p className="mt-4">
        <a href={`/${locale}/countries`}>← {t('backToCountries')}</a>
      </p>
    </article>
  );
}

function EventItem({ event, locale, labels }: { event: CountryEvent; locale: Locale; labels: { upcoming: string; past: string } }) {
  const start = formatDate(event.startsAt, locale);
  const end = event.endsAt ? formatDate(event.endsAt, locale) : start;
  return (
    <li className="border-b border-gray-200 py-4">
      <p className="text-sm text-gray-700">
        <span className="font-semibold uppercase tracking-wide">{event.upcoming ? labels.upcoming : labels.past}</span>
        {' · '}
        <time dateTime={eventMachineDate(event.startsAt, event.allDay)}>{start}</time>
        {end !== start && event.endsAt ? (
          <>
            {' – '}
            <time dateTime={eventMachineDate(event.endsAt, event.allDay)}>{end}</time>
          </>
        ) : null}
        {event.venue ? ` · ${event.venue}` : null}
      </p>
      <h3 className="mt-1 text-xl font-semibold">
        {/* Events may have no public page of their own yet: the address their type gives them. */}
        <a href={entryType('event').publicPath(locale, event.slug)}>{event.title}</a>
      </h3>
      {event.summary ? <p className="mt-1 text-gray-800">{event.summary}</p> : null}
    </li>
  );
}
