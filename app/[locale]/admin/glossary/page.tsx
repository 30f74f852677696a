import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { AdminShell } from '@/components/admin/admin-shell';
import { GlossaryTermForm } from '@/components/admin/glossary-term-form';
import { listGlossaryTerms } from '@/db/queries/glossary';
import { routing } from '@/i18n/routing';
import { deleteGlossaryTermAction } from '@/lib/actions/delete-glossary-term';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/glossary'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Glossary' }))('title') };
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/admin/glossary'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/glossary`);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const terms = listGlossaryTerms();
  const canEdit = user.role !== 'translator';
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-gray-700">{t('intro')}</p>
      {canEdit ? (
        <section aria-labelledby="add-heading" className="mt-6 rounded border border-gray-300 bg-gray-50 p-4">
          <h2 id="add-heading" className="text-lg font-semibold">
            {t('addHeading')}
          </h2>
          <GlossaryTermForm />
        </section>
      ) : null}
      <p role="status" className="mt-6 text-gray-700">{t('count', { count: terms.length })}</p>
      <ul className="mt-2 space-y-3" aria-label={t('title')}>
        {terms.map((term) => (
          <li key={term.id} className="rounded border border-gray-200 p-3">
            {canEdit ? (
              <div className="space-y-2">
                <GlossaryTermForm term={term} />
                <ActionButton action={deleteGlossaryTermAction} fields={{ id: term.id }} label={t('deleteFor', { term: term.en })} confirm={t('confirmDelete', { term: term.en })} className="rounded border border-red-800 px-2 py-1 text-sm text-red-800" />
              </div>
            ) : (
              <p>
                <span lang="en">{term.en}</span> ↔ <span lang="ru">{term.ru}</span>
                {term.note ? <span className="text-gray-700"> — {term.note}</span> : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
