import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MissionContacts } from '@/components/mission-contacts';
import { listMissions } from '@/db/queries/countries';
import { routing } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { localeAlternates } from '@/lib/seo';

// Cached; publishing a country revalidates it (lib/entry-types.ts lists it); this is the safety net.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/contact'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Contact' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, { en: '/en/contact', ru: '/ru/contact' }),
    openGraph: { type: 'website', title: t('title'), description: t('description'), locale: locale === 'ru' ? 'ru_RU' : 'en_GB' },
  };
}

/**
 * The office's missions, one per country page with a mission. A country whose page is not yet
 * live in this language is listed all the same, in the language it has (marked): a reader looking
 * for an address should find it.
 */
export default async function ContactPage({ params }: PageProps<'/[locale]/contact'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'Contact' }), getTranslations({ locale, namespace: 'Countries' })]);
  const missions = listMissions(locale);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>
      {missions.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <>
          <p className="mt-6 text-gray-700">{t('count', { count: missions.length })}</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {missions.map((m) => {
              const lang = m.translated ? undefined : m.locale;
              return (
                <section key={m.id} aria-labelledby={`mission-${m.id}`} className="min-w-0 rounded border border-gray-200 p-4">
                  <h2 id={`mission-${m.id}`} className="text-xl font-semibold" lang={lang}>
                    {m.missionName || m.title}
                  </h2>
                  <div className="mt-2">
                    <MissionContacts mission={m} locale={locale} lang={lang}>
                      <dt className="font-semibold">{t('country')}</dt>
                      <dd>
                        <a href={entryType('country').publicPath(m.locale, m.slug)} hrefLang={lang} lang={lang} className="underline">
                          {m.title}
                        </a>
                        {lang ? <span className="text-sm text-gray-700"> ({tc('onlyIn', { language: m.locale })})</span> : null}
                      </dd>
                    </MissionContacts>
                  </div>
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}
