import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/lib/env';
import '../globals.css';

/**
 * No page is rendered at build time (`next build` never touches a database): each public page is
 * rendered on its first visit and then served from Next's cache until a change revalidates it
 * (lib/revalidate.ts) or its `revalidate` time passes. Pages that read the request (admin, search,
 * filtered lists) stay dynamic.
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const { siteName, tagline } = getSiteSettings();
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: siteName[locale], template: `%s — ${siteName[locale]}` },
    description: tagline[locale],
    openGraph: { siteName: siteName[locale], locale: locale === 'ru' ? 'ru_RU' : 'en_GB', type: 'website' },
    // Shared links get a card; a story with a picture asks for the large one (its own metadata).
    twitter: { card: 'summary' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a4f8f' };

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // next-intl reads the locale from here when a page is rendered for the cache (no request headers).
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
