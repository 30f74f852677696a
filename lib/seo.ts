import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { getEnv } from './env';

/**
 * Canonical link for this locale's page and hreflang alternates for exactly the translations
 * that exist (paths without origin; `x-default` is the English page when there is one).
 */
export function localeAlternates(locale: Locale, paths: Partial<Record<Locale, string>>): Metadata['alternates'] {
  const origin = getEnv().SITE_URL;
  const languages: Record<string, string> = {};
  for (const [l, path] of Object.entries(paths)) if (path) languages[l] = `${origin}${path}`;
  if (paths.en) languages['x-default'] = `${origin}${paths.en}`;
  const own = paths[locale];
  // Every public page advertises its language's feed (a page's `alternates` replace the layout's).
  const types = { 'application/rss+xml': `${origin}/${locale}/feed.xml` };
  return { canonical: own ? `${origin}${own}` : undefined, languages, types };
}
