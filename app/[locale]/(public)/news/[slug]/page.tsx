import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { RichText } from '@/components/rich-text';
import { StoryFigure, type FigureImage } from '@/components/story-figure';
import { PreviewBanner } from '@/components/preview-banner';
import { ShareLinks } from '@/components/share-links';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import { draftMode } from 'next/headers';
import { getSiteSettings } from '@/db/queries/site-settings';
import { getWorkingStoryBySlug, lookupStoryBySlug, relatedStoryCards, type StoryLookup, type StoryPage as StoryPageData } from '@/db/queries/stories';
import { getCurrentUser } from '@/lib/authz';
import { routing, type Locale } from '@/i18n/routing';
import { byCountryName, countryName, formatDate } from '@/lib/format';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { figureImages } from '@/lib/media/figure-images';
import { storyRefCards } from '@/lib/story-refs/cards';
import { variantUrl } from '@/lib/media/urls';
import { bodyMediaIds } from '@/lib/rich-text';
import { getEnv } from '@/lib/env';
import { localeAlternates } from '@/lib/seo';
import { entryType } from '@/lib/entry-types';

/** The hero spans the main column (max-w-5xl less its padding). */
const HERO_SIZES = '(min-width: 64rem) 62rem, calc(100vw - 2rem)';

type Props = PageProps<'/[locale]/news/[slug]'>;

// Rendered on the first visit, then served from the cache (a preview in draft mode is rendered
// per request). Publishing, unpublishing and edits to its images or documents revalidate it at
// once; the scheduler does at a scheduled story's time; this is the safety net.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Loaded = { locale: Locale; result: StoryLookup; preview: boolean };

/** The page's data; in draft mode, for signed-in staff only, the working copy instead. */
async function load(props: Props): Promise<Loaded> {
  const { locale, slug: rawSlug } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const slug = decodeURIComponent(rawSlug);
  if ((await draftMode()).isEnabled && (await getCurrentUser())) {
    const working = getWorkingStoryBySlug(locale, slug);
    if (working) return { locale, result: { kind: 'found', story: working }, preview: true };
  }
  return { locale, result: lookupStoryBySlug(locale, slug), preview: false };
}

function storyImages(story: StoryPageData, locale: Locale): Promise<Map<number, FigureImage>> {
  return figureImages([...(story.heroMediaId ? [story.heroMediaId] : []), ...bodyMediaIds(story.body)], locale);
}

function storyPaths(alternates: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(alternates).map(([l, s]) => [l, `/${l}/news/${s}`]));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'found') {
    const { story } = result;
    const hero = story.heroMediaId ? (await storyImages(story, locale)).get(story.heroMediaId) : undefined;
    // The largest variant up to 1280 px wide: what sharing previews want.
    const ogVariant = hero ? ([...hero.variants].sort((a, b) => b.width - a.width).find((v) => v.width <= 1280) ?? hero.variants[0]) : undefined;
    return {
      ...(preview ? { robots: { index: false, follow: false } } : {}),
      title: story.seoTitle || story.title,
      description: story.seoDescription || story.summary,
      alternates: localeAlternates(locale, storyPaths(story.alternates)),
      openGraph: {
        type: 'article',
        title: story.seoTitle || story.title,
        description: story.seoDescription || story.summary,
        locale: locale === 'ru' ? 'ru_RU' : 'en_GB',
        publishedTime: story.publishedAt.toISOString(),
        ...(hero && ogVariant ? { images: [{ url: variantUrl(hero.sha256, ogVariant.width), width: ogVariant.width, height: ogVariant.height, alt: hero.alt }] } : {}),
      },
      twitter: {
        card: hero && ogVariant ? 'summary_large_image' : 'summary',
        title: story.seoTitle || story.title,
        description: story.seoDescription || story.summary,
        ...(hero && ogVariant ? { images: [{ url: variantUrl(hero.sha256, ogVariant.width), alt: hero.alt }] } : {}),
      },
    };
  }
  if (result.kind === 'untranslated') {
    const t = await getTranslations({ locale, namespace: 'Untranslated' });
    // Not a page of its own to index: point search engines at the translation that exists.
    return {
      title: t('title'),
      robots: { index: false },
      alternates: localeAlternates(locale, { [result.available.locale]: `/${result.available.locale}/news/${result.available.slug}` }),
    };
  }
  return {};
}

export default async function StoryPage(props: Props) {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'redirect') permanentRedirect(`/${locale}/news/${result.slug}`);
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice locale={locale} available={result.available} href={`/${result.available.locale}/news/${result.available.slug}`} />;
  }

  const { story } = result;
  const [t, tk, images, documents, storyRefs] = await Promise.all([
    getTranslations({ locale, namespace: 'Story' }),
    getTranslations({ locale, namespace: 'Kinds' }),
    storyImages(story, locale),
    storyDocumentCards(story.body, locale),
    storyRefCards(story.body, locale),
  ]);
  const hero = story.heroMediaId ? images.get(story.heroMediaId) : undefined;
  const related = preview ? [] : relatedStoryCards(story.storyId, locale);
  const origin = getEnv().SITE_URL;
  const publisher = getSiteSettings().siteName[locale];
  return (
    <article>
      {preview ? <PreviewBanner locale={locale} back={entryType('story').editPath(locale, story.storyId, locale)} /> : null}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: story.title,
          description: story.seoDescription || story.summary,
          inLanguage: locale,
          datePublished: story.publishedAt.toISOString(),
          mainEntityOfPage: `${origin}/${locale}/news/${story.slug}`,
          ...(story.dateline ? { locationCreated: { '@type': 'Place', name: story.dateline } } : {}),
          ...(hero ? { image: [`${origin}${variantUrl(hero.sha256, Math.max(...hero.variants.map((v) => v.width)))}`] } : {}),
          publisher: { '@type': 'Organization', name: publisher, url: `${origin}/${locale}` },
        }}
      />
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{tk(story.kind)}</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{story.title}</h1>
      <p className="mt-3 text-gray-700">
        {story.dateline ? `${story.dateline} · ` : null}
        <time dateTime={story.publishedAt.toISOString()}>{formatDate(story.publishedAt, locale)}</time>
      </p>
      {story.summary ? <p className="mt-4 text-xl leading-relaxed text-gray-800">{story.summary}</p> : null}
      {hero ? <StoryFigure image={hero} sizes={HERO_SIZES} priority className="mt-6" /> : null}
      <RichText doc={story.body} images={images} documents={documents} storyRefs={storyRefs} className="prose-story mt-6 max-w-prose text-lg leading-relaxed" />
      {story.countries.length > 0 ? (
        <section aria-labelledby="countries-heading" className="mt-8">
          <h2 id="countries-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-700">
            {t('countries')}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {byCountryName(story.countries, locale).map((code) => (
              <li key={code} className="rounded bg-gray-100 px-2 py-1 text-sm">
                {countryName(code, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ShareLinks url={`${origin}/${locale}/news/${story.slug}`} title={story.title} locale={locale} />
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-10 print:hidden">
          <h2 id="related-heading" className="text-2xl font-bold">
            {t('related')}
          </h2>
          {/* Titles and dates only: the page stays light (it is the page most often shared). */}
          <ul className="mt-3 space-y-3">
            {related.map((card) => (
              <li key={card.storyId}>
                <a href={entryType('story').publicPath(locale, card.slug)} className="font-semibold">
                  {card.title}
                </a>
                <p className="text-sm text-gray-700">
                  <time dateTime={card.publishedAt.toISOString()}>{formatDate(card.publishedAt, locale)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-10 print:hidden">
        <a href={`/${locale}/news`}>← {t('backToNews')}</a>
      </p>
    </article>
  );
}
