import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { groupCountries, listCountryPages, type CountryListItem } from '@/db/queries/countries';
import { routing, type Locale } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { localeAlternates } from '@/lib/seo';

// Cached like the story page: publishing a country revalidates it (lib/entry-types.ts); this is the safety net.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/countries'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Countries' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, { en: '/en/countries', ru: '/ru/countries' }),
    openGraph: { type: 'website', title: t('title'), description: t('description'), locale: locale === 'ru' ? 'ru_RU' : 'en_GB' },
  };
}

export default async function CountriesPage({ params }: PageProps<'/[locale]/countries'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Countries' });
  const { centralAsia, otherMembers } = groupCountries(listCountryPages(locale));
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>
      {centralAsia.length === 0 && otherMembers.length === 0 ? <p className="mt-6">{t('empty')}</p> : null}
      <CountryGroup id="central-asia" heading={t('centralAsia')} countries={centralAsia} locale={locale} />
      <CountryGroup id="other-members" heading={t('otherMembers')} countries={otherMembers} locale={locale} />
    </>
  );
}

async function CountryGroup({ id, heading, countries, locale }: { id: string; heading: string; countries: CountryListItem[]; locale: Locale }) {
  if (countries.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Countries' });
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      <ul className="mt-2">
        {countries.map((c) => (
          <li key={c.id} className="border-b border-gray-200 py-4">
            <h3 className="text-xl font-semibold">
              {/* A country not yet written in this language: its name in the language it has, marked so. */}
              <a href={entryType('country').publicPath(c.locale, c.slug)} hrefLang={c.translated ? undefined : c.locale} lang={c.translated ? undefined : c.locale}>
                {c.title}
              </a>
            </h3>
            {c.translated ? null : <p className="text-sm text-gray-700">{t('onlyIn', { language: c.locale })}</p>}
            {c.membership ? <p className="mt-1 text-sm font-semibold uppercase tracking-wide text-gray-700">{t(`membership_${c.membership}`)}</p> : null}
            {c.summary ? (
              <p className="mt-1 text-gray-800" lang={c.translated ? undefined : c.locale}>
                {c.summary}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
