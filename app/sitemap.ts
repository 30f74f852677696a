import type { MetadataRoute } from 'next';
import { listSitemapStories } from '@/db/queries/discovery';
import { sectionFrontId } from '@/db/queries/pages';
import { routing, type Locale } from '@/i18n/routing';
import { entryType, sectionPagePath } from '@/lib/entry-types';
import { getEnv } from '@/lib/env';

// Read per request until public pages move to cached rendering with publish-time revalidation.
export const dynamic = 'force-dynamic';

/** Sections every locale has, as paths after the locale. */
const SECTIONS = ['', '/news', '/resources', '/events', '/almaty-process/events', '/almaty-process/documents', '/countries', '/contact', '/digest'];

/** Each public page once per language, with hreflang alternates for the languages it is published in. */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = getEnv().SITE_URL;
  const entries: MetadataRoute.Sitemap = [];
  for (const section of SECTIONS) {
    const languages = Object.fromEntries(routing.locales.map((l) => [l, `${origin}/${l}${section}`]));
    for (const locale of routing.locales) {
      entries.push({ url: `${origin}/${locale}${section}`, changeFrequency: 'daily', alternates: { languages } });
    }
  }
  for (const story of listSitemapStories()) {
    const published = Object.entries(story.translations) as [Locale, { slug: string; updatedAt: Date }][];
    const languages = Object.fromEntries(published.map(([l, t]) => [l, `${origin}/${l}/news/${t.slug}`]));
    for (const [locale, translation] of published) {
      entries.push({ url: `${origin}/${locale}/news/${translation.slug}`, lastModified: translation.updatedAt, alternates: { languages } });
    }
  }
  for (const event of listSitemapStories('event')) {
    const published = Object.entries(event.translations) as [Locale, { slug: string; updatedAt: Date }][];
    const languages = Object.fromEntries(published.map(([l, t]) => [l, `${origin}${entryType('event').publicPath(l, t.slug)}`]));
    for (const [locale, translation] of published) entries.push({ url: languages[locale]!, lastModified: translation.updatedAt, alternates: { languages } });
  }
  for (const digest of listSitemapStories('digest')) {
    const published = Object.entries(digest.translations) as [Locale, { slug: string; updatedAt: Date }][];
    const languages = Object.fromEntries(published.map(([l, t]) => [l, `${origin}${entryType('digest').publicPath(l, t.slug)}`]));
    for (const [locale, translation] of published) entries.push({ url: languages[locale]!, lastModified: translation.updatedAt, alternates: { languages } });
  }
  // The Almaty Process pages: the front page at the section's address, the others under it.
  const frontId = sectionFrontId('almaty-process');
  for (const page of listSitemapStories('page')) {
    const published = Object.entries(page.translations) as [Locale, { slug: string; updatedAt: Date }][];
    const path = (l: Locale, slug: string) => `${origin}${sectionPagePath('almaty-process', l, { slug, isFront: page.storyId === frontId })}`;
    const languages = Object.fromEntries(published.map(([l, t]) => [l, path(l, t.slug)]));
    for (const [locale, translation] of published) entries.push({ url: path(locale, translation.slug), lastModified: translation.updatedAt, alternates: { languages } });
  }
  // Country pages: each live language, with the others it is live in.
  for (const country of listSitemapStories('country')) {
    const published = Object.entries(country.translations) as [Locale, { slug: string; updatedAt: Date }][];
    const languages = Object.fromEntries(published.map(([l, t]) => [l, `${origin}${entryType('country').publicPath(l, t.slug)}`]));
    for (const [locale, translation] of published) {
      entries.push({ url: `${origin}${entryType('country').publicPath(locale, translation.slug)}`, lastModified: translation.updatedAt, alternates: { languages } });
    }
  }
  return entries;
}
