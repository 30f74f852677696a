import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { PageLookup } from '@/db/queries/pages';
import type { PageSection } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { sectionPagePath } from './entry-types';
import { localeAlternates } from './seo';

/** A section page's title, description, canonical link and hreflang alternates (live versions only). */
export async function sectionPageMetadata(section: PageSection, locale: Locale, result: PageLookup, preview: boolean): Promise<Metadata> {
  if (result.kind === 'found') {
    const { page } = result;
    const paths = Object.fromEntries(Object.entries(page.alternates).map(([l, slug]) => [l, sectionPagePath(section, l as Locale, { slug, isFront: page.isFront })]));
    const title = page.seoTitle || page.title;
    const description = page.seoDescription || page.summary;
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
    return {
      title: t('pageTitle'),
      robots: { index: false },
      alternates: localeAlternates(locale, { [result.available.locale]: sectionPagePath(section, result.available.locale, result.available) }),
    };
  }
  return {};
}
