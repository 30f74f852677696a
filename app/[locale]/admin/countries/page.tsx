import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { EntryListAdmin } from '@/components/admin/entry-list-admin';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/countries'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'EntriesAdmin' }))('country.title') };
}

export default async function CountriesAdminPage({ params }: PageProps<'/[locale]/admin/countries'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/countries`);
  return (
    <AdminShell locale={locale} user={user}>
      <EntryListAdmin locale={locale} user={user} type="country" />
    </AdminShell>
  );
}
