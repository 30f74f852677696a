import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { NewStoryForm } from '@/components/admin/new-story-form';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/stories/new'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'NewStory' }))('heading') };
}

export default async function NewStoryPage({ params }: PageProps<'/[locale]/admin/stories/new'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin', 'editor'], `/${locale}/admin/stories/new`);
  const t = await getTranslations({ locale, namespace: 'NewStory' });
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <p className="mt-2 text-gray-700">{t('intro')}</p>
      <NewStoryForm locale={locale} />
    </AdminShell>
  );
}
