import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { listStoriesWithTranslationStatus } from '@/db/queries/stories';
import { LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { formatDate } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title') };
}

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin`);
  const [t, ts, tk, tlang] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'Statuses' }),
    getTranslations({ locale, namespace: 'Kinds' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const stories = listStoriesWithTranslationStatus();
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="stories-heading" className="mt-6">
        <h2 id="stories-heading" className="text-xl font-semibold">
          {t('stories')} <span className="font-normal text-gray-700">({t('storyCount', { count: stories.length })})</span>
        </h2>
        {stories.length === 0 ? (
          <p className="mt-4">{t('empty')}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className="py-2 pr-4">{t('colTitle')}</th>
                  <th scope="col" className="py-2 pr-4">{t('colKind')}</th>
                  <th scope="col" className="py-2 pr-4">{t('colSource')}</th>
                  {LOCALES.map((l) => (
                    <th key={l} scope="col" className="py-2 pr-4">{tlang(l)}</th>
                  ))}
                  <th scope="col" className="py-2">{t('colUpdated')}</th>
                </tr>
              </thead>
              <tbody>
                {stories.map((story) => {
                  const source = story.translations[story.sourceLocale] ?? Object.values(story.translations)[0];
                  return (
                    <tr key={story.storyId} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        <span lang={story.sourceLocale}>{source?.title ?? '—'}</span>
                      </th>
                      <td className="py-2 pr-4">{tk(story.kind)}</td>
                      <td className="py-2 pr-4">{tlang(story.sourceLocale)}</td>
                      {LOCALES.map((l) => {
                        const tr = story.translations[l];
                        return (
                          <td key={l} className="py-2 pr-4">
                            {tr ? ts(tr.status) : <span className="text-red-800">{t('missing')}</span>}
                          </td>
                        );
                      })}
                      <td className="py-2">{formatDate(story.updatedAt, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminShell>
  );
}
