import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { PreviewBanner } from '@/components/preview-banner';
import { ShareLinks } from '@/components/share-links';
import { RichText } from '@/components/rich-text';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import { getWorkingDigestBySlug, lookupDigestBySlug, type DigestLookup } from '@/db/queries/digests';
import { routing, type Locale } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { formatIssueMonth } from '@/lib/digests';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { getEnv } from '@/lib/env';
import { entryType } from '@/lib/entry-types';
import { figureImages } from '@/lib/media/figure-images';
import { bodyMediaIds } from '@/lib/rich-text';
import { localeAlternates } from '@/lib/seo';
import { storyRefCards } from '@/lib/story-refs/cards';

type Props = PageProps<'/[locale]/digest/[slug]'>;

// As the story page: rendered on the first visit, then served from the cache until a publish
// (or the scheduler, or this safety net) revalidates it.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(props: Props): Promise<{ locale: Locale; result: DigestLookup; preview: boolean }> {
  const { locale, slug: rawSlug } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const slug = decodeURIComponent(rawSlug);
  if ((await draftMode()).isEnabled && (await getCurrentUser())) {
    const working = getWorkingDigestBySlug(locale, slug);
    if (working) return { locale, result: { kind: 'found', digest: working }, preview: true };
  }
  return { locale, result: lookupDigestBySlug(locale, slug), preview: false };
}

const paths = (alternates: Partial<Record<Locale, string>>) => Object.fromEntries(Object.entries(alternates).map(([l, s]) => [l, entryType('digest').publicPath(l as Locale, s)]));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'found') {
    const { digest } = result;
    const title = digest.seoTitle || digest.title;
    const description = digest.seoDescription || digest.summary;
    return {
      ...(preview ? { robots: { index: false, follow: false } } : {}),
      title,
      description,
      alternates: localeAlternates(locale, paths(digest.alternates)),
      openGraph: { type: 'article', title, description, locale: locale === 'ru' ? 'ru_RU' : 'en_GB' },
      twitter: { card: 'summary', title, description },
    };
  }
  if (result.kind === 'untranslated') {
    // The notice's own heading, so the tab and the page say the same.
    const t = await getTranslations({ locale, namespace: 'Untranslated' });
    return { title: t('digestTitle'), robots: { index: false }, alternates: localeAlternates(locale, { [result.available.locale]: entryType('digest').publicPath(result.available.locale, result.available.slug) }) };
  }
  return {};
}

/**
 * One issue of the digest: its month, title and summary, then the issue itself (an introduction,
 * then its items in order: cards of the stories it refers to, short items of its own). It prints
 * cleanly (app/globals.css, `@media print`).
 */
export default async function DigestIssuePage(props: Props) {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'redirect') permanentRedirect(entryType('digest').publicPath(locale, result.slug));
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice what="digest" locale={locale} available={result.available} href={entryType('digest').publicPath(result.available.locale, result.available.slug)} />;
  }
  const { digest } = result;
  const [t, images, documents, storyRefs] = await Promise.all([
    getTranslations({ locale, namespace: 'Digest' }),
    figureImages(bodyMediaIds(digest.body), locale),
    storyDocumentCards(digest.body, locale),
    // One query for every story the issue refers to.
    storyRefCards(digest.body, locale),
  ]);
  return (
    <article>
      {preview ? <PreviewBanner locale={locale} back={entryType('digest').editPath(locale, digest.id, locale)} /> : null}
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">
        {t('issueLabel', { month: formatIssueMonth(digest.issueMonth, locale) })}
      </p>
      <h1 className="mt-1 text-3xl font-bold leading-tight sm:text-4xl">{digest.title}</h1>
      {digest.summary ? <p className="mt-4 max-w-prose text-xl leading-relaxed text-gray-800">{digest.summary}</p> : null}
      <RichText doc={digest.body} images={images} documents={documents} storyRefs={storyRefs} className="prose-story mt-6 max-w-prose text-lg leading-relaxed" />
      <ShareLinks url={`${getEnv().SITE_URL}${entryType('digest').publicPath(locale, digest.slug)}`} title={digest.title} locale={locale} />
      <p className="mt-10 print:hidden">
        <a href={`/${locale}/digest`}>← {t('backToArchive')}</a>
      </p>
    </article>
  );
}
