import { getTranslations } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { PublicShell } from '@/components/public-shell';
import { isLocale, routing } from '@/i18n/routing';

export default async function NotFound() {
  const param = await rootLocale();
  const locale = isLocale(param) ? param : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PublicShell locale={locale}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('body')}</p>
      <ul className="mt-6 space-y-2">
        <li>
          <a href={`/${locale}`}>{t('home')}</a>
        </li>
        <li>
          <a href={`/${locale}/news`}>{t('news')}</a>
        </li>
      </ul>
    </PublicShell>
  );
}
