import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { PreviewBanner } from '@/components/preview-banner';
import { SectionPage } from '@/components/section-page';
import { UntranslatedNotice } from '@/components/untranslated-notice';
import { getSectionNav, getWorkingPageBySlug, lookupPageBySlug, type PageLookup } from '@/db/queries/pages';
import { routing, type Locale } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { entryType, sectionPagePath } from '@/lib/entry-types';
import { sectionPageMetadata } from '@/lib/section-metadata';

type Props = PageProps<'/[locale]/almaty-process/[slug]'>;

const SECTION = 'almaty-process';

// As the story page: rendered on the first visit, then served from the cache; publishing any page
// of the section revalidates all of them (each shows the section's navigation).
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(props: Props): Promise<{ locale: Locale; result: PageLookup; preview: boolean }> {
  const { locale, slug: rawSlug } = await props.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const slug = decodeURIComponent(rawSlug);
  if ((await draftMode()).isEnabled && (await getCurrentUser())) {
    const working = getWorkingPageBySlug(SECTION, locale, slug);
    if (working) return { locale, result: { kind: 'found', page: working }, preview: true };
  }
  return { locale, result: lookupPageBySlug(SECTION, locale, slug), preview: false };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, result, preview } = await load(props);
  return sectionPageMetadata(SECTION, locale, result, preview);
}

export default async function AlmatyProcessPage(props: Props) {
  const { locale, result, preview } = await load(props);
  if (result.kind === 'missing') notFound();
  if (result.kind === 'redirect') permanentRedirect(result.to === 'front' ? `/${locale}/${SECTION}` : entryType('page').publicPath(locale, result.to.slug));
  if (result.kind === 'untranslated') {
    return <UntranslatedNotice what="page" locale={locale} available={result.available} href={sectionPagePath(SECTION, result.available.locale, result.available)} />;
  }
  return (
    <SectionPage
      section={SECTION}
      locale={locale}
      page={result.page}
      nav={getSectionNav(SECTION, locale)}
      banner={preview ? <PreviewBanner locale={locale} back={entryType('page').editPath(locale, result.page.id, locale)} /> : undefined}
    />
  );
}
