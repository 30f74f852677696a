import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { EntryListAdmin } from '@/components/admin/entry-list-admin';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/events'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'EntriesAdmin' }))('event.title') };
}

export default async function EventsAdminPage({ params }: PageProps<'/[locale]/admin/events'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/events`);
  return (
    <AdminShell locale={locale} user={user}>
      <EntryListAdmin locale={locale} user={user} type="event" />
    </AdminShell>
  );
}
