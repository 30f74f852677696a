import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { SiteSettingsForm } from '@/components/admin/site-settings-form';
import { getSiteSettings, getSiteSettingsChange } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { formatDateTime } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/settings'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'SettingsAdmin' }))('title') };
}

export default async function SiteSettingsPage({ params }: PageProps<'/[locale]/admin/settings'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin'], `/${locale}/admin/settings`);
  const t = await getTranslations({ locale, namespace: 'SettingsAdmin' });
  const settings = getSiteSettings();
  const change = getSiteSettingsChange();
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-gray-700">{t('intro')}</p>
      <p className="mt-2 text-sm text-gray-700">
        {change ? t('lastChanged', { name: change.name ?? '—', date: formatDateTime(change.at, locale) }) : t('neverChanged')}
      </p>
      <SiteSettingsForm settings={settings} />
    </AdminShell>
  );
}
