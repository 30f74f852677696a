import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';
import { getEnv } from '@/lib/env';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  // The site's name is in the database, which `next build` never touches: read it per request.
  await connection();
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
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
