import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentEntry } from '@/components/document-entry';
import { listDocuments } from '@/db/queries/documents';
import { routing } from '@/i18n/routing';
import { localeAlternates } from '@/lib/seo';

// Cached; any change to a document revalidates it (lib/documents/revalidate.ts).
export const revalidate = 60;

/** The process's meeting documents, newest first: tens of them, on one page. */
const LIMIT = 100;

export async function generateMetadata({ params }: PageProps<'/[locale]/almaty-process/documents'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Section' });
  return { title: t('documentsTitle'), alternates: localeAlternates(locale, { en: '/en/almaty-process/documents', ru: '/ru/almaty-process/documents' }) };
}

export default async function AlmatyProcessDocumentsPage({ params }: PageProps<'/[locale]/almaty-process/documents'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Section' });
  const { items, total } = listDocuments({ type: 'meeting_document' }, { pageSize: LIMIT });
  return (
    <>
      <p>
        <a href={`/${locale}/almaty-process`}>← {t('name.almaty-process')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('documentsTitle')}</h1>
      <p className="mt-2 text-gray-700">{t('documentsIntro')}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t('noDocuments')}</p>
      ) : (
        <div className="mt-4">
          {items.map((document) => (
            <DocumentEntry key={document.id} document={document} locale={locale} />
          ))}
        </div>
      )}
      {total > LIMIT ? (
        <p className="mt-6">
          <a href={`/${locale}/resources?type=meeting_document`}>{t('allDocuments')}</a>
        </p>
      ) : null}
    </>
  );
}
