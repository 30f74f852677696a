import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getSiteSettings } from '@/db/queries/site-settings';
import { latestStoryCards } from '@/db/queries/stories';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/lib/env';
import { renderRss } from '@/lib/feed';

// Read per request until public pages move to cached rendering with publish-time revalidation.
export const dynamic = 'force-dynamic';

const FEED_SIZE = 20;

/** RSS 2.0 of one language's newest public stories and press releases. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const origin = getEnv().SITE_URL;
  const tk = await getTranslations({ locale, namespace: 'Kinds' });
  const { siteName, tagline } = getSiteSettings();
  const xml = renderRss({
    title: siteName[locale],
    link: `${origin}/${locale}`,
    selfUrl: `${origin}/${locale}/feed.xml`,
    description: tagline[locale],
    language: locale,
    items: latestStoryCards(locale, FEED_SIZE).map((item) => ({
      title: item.title,
      link: `${origin}/${locale}/news/${item.slug}`,
      description: item.summary,
      publishedAt: item.publishedAt,
      category: tk(item.kind),
    })),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
