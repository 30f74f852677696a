import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SectionPage } from '@/components/section-page';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import { getSectionNav, lookupSectionFront } from '@/db/queries/pages';
import { sectionPagePath } from '@/lib/entry-types';
import { routing } from '@/i18n/routing';
import { sectionPageMetadata } from '@/lib/section-metadata';

const SECTION = 'almaty-process';

// The section's front page: cached like its other pages, revalidated with them.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/almaty-process'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return sectionPageMetadata(SECTION, locale, lookupSectionFront(SECTION, locale), false);
}

export default async function AlmatyProcessFrontPage({ params }: PageProps<'/[locale]/almaty-process'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const result = lookupSectionFront(SECTION, locale);
  if (result.kind === 'missing' || result.kind === 'redirect') notFound();
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice what="page" locale={locale} available={result.available} href={sectionPagePath(SECTION, result.available.locale, result.available)} />;
  }
  return <SectionPage section={SECTION} locale={locale} page={result.page} nav={getSectionNav(SECTION, locale)} />;
}
