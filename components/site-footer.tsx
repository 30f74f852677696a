import { getTranslations } from 'next-intl/server';
import { getSiteSettings } from '@/db/queries/site-settings';
import type { Locale } from '@/i18n/routing';
import { SOCIAL_NETWORKS } from '@/lib/validation/site-settings';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), getTranslations({ locale, namespace: 'Social' })]);
  const settings = getSiteSettings();
  const social = SOCIAL_NETWORKS.flatMap((network) => {
    const href = settings.social[network];
    return href ? [{ network, href }] : [];
  });
  return (
    <footer className="mt-12 border-t border-gray-200 bg-gray-50 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-gray-700">
        <p className="max-w-prose">{settings.footerText[locale]}</p>
        {social.length > 0 ? (
          <nav aria-label={t('socialLinks')}>
            <p className="font-semibold">{t('followUs')}</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {social.map(({ network, href }) => (
                <li key={network}>
                  <a href={href} rel="me noopener">
                    {ts(network)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="flex flex-col gap-1">
          {settings.donateUrl ? (
            <a href={settings.donateUrl} rel="noopener" className="font-semibold">
              {t('donate')}
            </a>
          ) : null}
          <a href={`/${locale}/contact`}>{t('contact')}</a>
          <a href={`/${locale}/digest`}>{t('digest')}</a>
          <a href={`/${locale}/admin`}>{t('adminLink')}</a>
        </div>
      </div>
    </footer>
  );
}
