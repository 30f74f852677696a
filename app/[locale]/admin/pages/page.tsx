import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { NewPageForm } from '@/components/admin/new-page-form';
import { TranslationStatusCells } from '@/components/admin/status-badge';
import { listPagesForAdmin } from '@/db/queries/pages';
import { LOCALES, PAGE_SECTIONS } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { entryType } from '@/lib/entry-types';
import { TableScroll } from '@/components/ui/table-scroll';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/pages'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'PagesAdmin' }))('title') };
}

/** Each section's pages as a tree, every language version's status beside each page. */
export default async function PagesAdminPage({ params }: PageProps<'/[locale]/admin/pages'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/pages`);
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'PagesAdmin' }), getTranslations({ locale, namespace: 'Languages' })]);
  const d = entryType('page');
  const canCreate = user.role === 'admin' || user.role === 'editor';

  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {PAGE_SECTIONS.map((section) => {
        const pages = listPagesForAdmin(section);
        const headingId = `section-${section}`;
        return (
          <section key={section} aria-labelledby={headingId} className="mt-6">
            <h2 id={headingId} className="text-2xl font-semibold">
              {t(`sections.${section}`)}
            </h2>
            {pages.length === 0 ? (
              <p className="mt-2">{t('empty')}</p>
            ) : (
              <TableScroll className="mt-3">
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-gray-300">
                    <th scope="col" className="py-2 pr-4">
                      {t('colTitle')}
                    </th>
                    {LOCALES.map((l) => (
                      <th key={l} scope="col" className="py-2 pr-4">
                        {tl(l)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {pages.map((page) => {
                    const source = page.translations[page.sourceLocale] ?? Object.values(page.translations)[0];
                    return (
                      <tr key={page.id} className="border-b border-gray-200 align-top">
                        <th scope="row" className="py-2 pr-4 font-normal">
                          <span style={{ paddingInlineStart: `${page.depth * 1.5}rem` }} className="inline-block">
                            {page.depth > 0 ? <span aria-hidden="true">↳ </span> : null}
                            <a href={d.editPath(locale, page.id)} lang={page.sourceLocale} className="font-semibold">
                              {source?.title || t('untitled')}
                            </a>
                            {page.depth === 0 && page === pages[0] ? <span className="ml-2 text-gray-700">({t('front')})</span> : null}
                          </span>
                        </th>
                        <TranslationStatusCells translations={page.translations} href={(l) => d.editPath(locale, page.id, l)} locale={locale} missingLabel={t('missing')} />
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              </TableScroll>
            )}
            {canCreate ? (
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold">{t('new')}</summary>
                <NewPageForm locale={locale} section={section} parentOptions={pages.map((p) => ({ id: p.id, depth: p.depth, title: (p.translations[locale] ?? p.translations[p.sourceLocale])?.title ?? `#${p.id}` }))} />
              </details>
            ) : null}
          </section>
        );
      })}
    </AdminShell>
  );
}
