import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { DeleteDocumentButton } from '@/components/admin/delete-document-button';
import { DocumentEditForm } from '@/components/admin/document-edit-form';
import { DocumentFileControl } from '@/components/admin/document-file-control';
import { FormStatus } from '@/components/admin/form-feedback';
import { getDocument } from '@/db/queries/documents';
import { LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { documentFormOptions } from '@/lib/documents/form-options';
import { formatDateTime } from '@/lib/format';
import { formatBytes } from '@/lib/media/format-bytes';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/documents/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Documents' }))('editTitle') };
}

export default async function EditDocumentPage({ params, searchParams }: PageProps<'/[locale]/admin/documents/[id]'>) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin', 'editor'], `/${locale}/admin/documents/${id}`);
  const documentId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : 0;
  const doc = documentId ? getDocument(documentId) : undefined;
  if (!doc) notFound();
  const created = (await searchParams).created === '1';
  const [t, tl, { options, maxBytes, maxLabel }] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    getTranslations({ locale, namespace: 'Languages' }),
    documentFormOptions(locale),
  ]);
  const filesCount = LOCALES.filter((l) => doc.languages[l].file).length;
  const listHref = `/${locale}/admin/documents`;

  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={listHref} className="underline">
          {t('back')}
        </a>
      </p>
      <h1 className="mt-4 text-3xl font-bold">
        {t('editTitle')}: <span lang={locale}>{doc.languages[locale].title}</span>
      </h1>
      <p className="mt-2 text-sm text-gray-700">{t('dates', { created: formatDateTime(doc.createdAt, locale), updated: formatDateTime(doc.updatedAt, locale) })}</p>
      {created ? (
        <div className="mt-4">
          <FormStatus>
            {t('created')}{' '}
            <a href={`/${locale}/resources`} className="underline">
              {t('seeOnResources')}
            </a>
          </FormStatus>
        </div>
      ) : null}

      <section aria-labelledby="files-heading" className="mt-8">
        <h2 id="files-heading" className="text-xl font-semibold">
          {t('filesHeading')}
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {LOCALES.map((l) => {
            const file = doc.languages[l].file;
            return (
              <section key={l} aria-labelledby={`file-heading-${l}`} className="space-y-3 rounded border border-gray-300 p-4">
                <h3 id={`file-heading-${l}`} className="text-lg font-semibold">
                  {tl(l)}
                </h3>
                {file ? (
                  <div className="space-y-1 text-sm">
                    <p className="break-all">
                      <a href={file.url} hrefLang={l} type="application/pdf" className="font-semibold">
                        {t('downloadFile', { name: file.originalName })}
                      </a>
                    </p>
                    <p className="text-gray-700">
                      {file.pages ? t('fileDetailsWithPages', { size: formatBytes(file.bytes, locale), pages: file.pages }) : t('fileDetails', { size: formatBytes(file.bytes, locale) })}
                      {' · '}
                      {t('uploadedAt', { date: formatDateTime(file.uploadedAt, locale) })}
                    </p>
                  </div>
                ) : (
                  <p className="text-sm text-red-800">{t('noFile', { language: l })}</p>
                )}
                <DocumentFileControl documentId={doc.id} locale={l} hasFile={file !== null} canRemove={filesCount > 1} maxBytes={maxBytes} maxLabel={maxLabel} />
              </section>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-xl font-semibold">
          {t('detailsHeading')}
        </h2>
        <div className="mt-4">
          <DocumentEditForm
            documentId={doc.id}
            version={doc.version}
            options={options}
            values={{
              type: doc.type,
              year: String(doc.year),
              countries: doc.countries,
              text: { en: { title: doc.languages.en.title, description: doc.languages.en.description }, ru: { title: doc.languages.ru.title, description: doc.languages.ru.description } },
            }}
          />
        </div>
      </section>

      <section aria-labelledby="usage-heading" className="mt-10">
        <h2 id="usage-heading" className="text-xl font-semibold">
          {t('usageHeading')}
        </h2>
        {doc.usages.length === 0 ? (
          <p className="mt-2">{t('unused')}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {doc.usages.map((u) => (
              <li key={`${u.kind}-${u.id}`}>
                {u.kind === 'story' ? (
                  <a href={`/${locale}/admin/stories/${u.id}`} className="underline">
                    {t('usedIn', { kind: u.kind, title: u.title })}
                  </a>
                ) : (
                  t('usedIn', { kind: u.kind, title: u.title })
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 text-sm text-gray-700">{t('deleteHint')}</p>
        <div className="mt-2">
          <DeleteDocumentButton documentId={doc.id} locale={locale} />
        </div>
      </section>
    </AdminShell>
  );
}
