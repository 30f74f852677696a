import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AdminShell } from '@/components/admin/admin-shell';
import { StatusBadge } from '@/components/admin/status-badge';
import { listTranslationQueue } from '@/db/queries/translations';
import { ENTRY_TYPES, LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { formatDate } from '@/lib/format';
import { effectiveStatus } from '@/lib/workflow';
import { TableScroll } from '@/components/ui/table-scroll';

const filtersSchema = z.object({
  reason: z.enum(['missing', 'out_of_date', 'in_review']).optional().catch(undefined),
  target: z.enum(LOCALES).optional().catch(undefined),
  type: z.enum(ENTRY_TYPES).optional().catch(undefined),
});

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/translations'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Queue' }))('title') };
}

export default async function TranslationQueuePage({ params, searchParams }: PageProps<'/[locale]/admin/translations'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/translations`);
  const sp = await searchParams;
  const filters = filtersSchema.parse({ reason: sp.reason || undefined, target: sp.target || undefined, type: sp.type || undefined });
  const items = listTranslationQueue({ reason: filters.reason, targetLocale: filters.target, type: filters.type });
  const [t, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: 'Queue' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'EntryTypes' }),
  ]);
  const select = 'mt-1 block rounded border border-gray-500 px-2 py-1.5';
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-gray-700">{t('intro')}</p>
      <form method="get" aria-label={t('filters')} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-gray-300 bg-gray-50 p-3">
        <div>
          <label htmlFor="reason" className="text-sm font-semibold">{t('reason')}</label>
          <select id="reason" name="reason" defaultValue={filters.reason ?? ''} className={select}>
            <option value="">{t('any')}</option>
            <option value="missing">{t('reason_missing')}</option>
            <option value="out_of_date">{t('reason_out_of_date')}</option>
            <option value="in_review">{t('reason_in_review')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="target" className="text-sm font-semibold">{t('target')}</label>
          <select id="target" name="target" defaultValue={filters.target ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {LOCALES.map((l) => <option key={l} value={l}>{tl(l)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="type" className="text-sm font-semibold">{t('type')}</label>
          <select id="type" name="type" defaultValue={filters.type ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {ENTRY_TYPES.map((type) => <option key={type} value={type}>{tt(type)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-gray-800 px-3 py-1.5 font-semibold text-white">{t('apply')}</button>
      </form>
      <p role="status" className="mt-4 text-gray-700">{t('count', { count: items.length })}</p>
      {items.length === 0 ? (
        <p className="mt-2">{t('empty')}</p>
      ) : (
        <TableScroll className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">{t('colStory')}</th>
                <th scope="col" className="py-2 pr-4">{t('colNeeds')}</th>
                <th scope="col" className="py-2 pr-4">{t('target')}</th>
                <th scope="col" className="py-2 pr-4">{t('colSource')}</th>
                <th scope="col" className="py-2">{t('colPublished')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.storyId}-${item.targetLocale}`} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <a href={`/${locale}/admin/translations/${item.storyId}/${item.targetLocale}`} lang={item.sourceLocale} className="font-semibold">
                      {item.sourceTitle}
                    </a>
                    <span className="block text-gray-700">{tt(item.type)}</span>
                  </th>
                  <td className="py-2 pr-4">{item.reasons.map((r) => t(`reason_${r}`)).join(', ')}</td>
                  <td className="py-2 pr-4">
                    {tl(item.targetLocale)}
                    {item.targetStatus ? <> · <StatusBadge status={item.targetStatus} locale={locale} /></> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {tl(item.sourceLocale)} · <StatusBadge status={effectiveStatus(item.sourceStatus, item.sourcePublishedAt)} locale={locale} />
                  </td>
                  <td className="py-2">{item.sourcePublishedAt ? formatDate(item.sourcePublishedAt, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminShell>
  );
}
