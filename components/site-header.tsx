import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getSiteSettings } from '@/db/queries/site-settings';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const tl = await getTranslations({ locale, namespace: 'LocaleSwitcher' });
  const settings = getSiteSettings();
  return (
    <header className="bg-brand text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}`} className="text-lg font-bold text-white no-underline">
          {settings.siteName[locale]}
        </a>
        <div className="flex flex-wrap items-center gap-4 [&_a]:text-white">
          <nav aria-label={t('mainNav')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <a href={`/${locale}`}>{t('home')}</a>
              </li>
              <li>
                <a href={`/${locale}/news`}>{t('news')}</a>
              </li>
              <li>
                <a href={`/${locale}/events`}>{t('events')}</a>
              </li>
              <li>
                <a href={`/${locale}/countries`}>{t('countries')}</a>
              </li>
              <li>
                <a href={`/${locale}/almaty-process`}>{t('almatyProcess')}</a>
              </li>
              <li>
                <a href={`/${locale}/resources`}>{t('resources')}</a>
              </li>
              <li>
                <a href={`/${locale}/search`}>{t('search')}</a>
              </li>
            </ul>
          </nav>
          <LocaleSwitcher current={locale} label={tl('label')} names={{ en: tl('en'), ru: tl('ru') }} />
        </div>
      </div>
    </header>
  );
}
