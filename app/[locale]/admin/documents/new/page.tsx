import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { NewDocumentForm } from '@/components/admin/new-document-form';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { documentFormOptions } from '@/lib/documents/form-options';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/documents/new'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Documents' }))('newTitle') };
}

export default async function NewDocumentPage({ params }: PageProps<'/[locale]/admin/documents/new'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin', 'editor'], `/${locale}/admin/documents/new`);
  const [t, { options, maxBytes, maxLabel }] = await Promise.all([getTranslations({ locale, namespace: 'Documents' }), documentFormOptions(locale)]);
  const empty = { title: '', description: '' };
  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={`/${locale}/admin/documents`} className="underline">
          {t('back')}
        </a>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('newTitle')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('newIntro')}</p>
      <NewDocumentForm
        locale={locale}
        options={options}
        initial={{ type: '', year: String(new Date().getFullYear()), countries: [], text: { en: empty, ru: empty } }}
        maxBytes={maxBytes}
        maxLabel={maxLabel}
      />
    </AdminShell>
  );
}
