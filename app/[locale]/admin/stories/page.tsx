import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AdminShell } from '@/components/admin/admin-shell';
import { TranslationStatusCells } from '@/components/admin/status-badge';
import { Pagination } from '@/components/pagination';
import { listStoriesForAdmin, listStoryCountryCodes, type AdminStoryFilters } from '@/db/queries/admin-stories';
import { LOCALES, STORY_KINDS, TRANSLATION_STATUSES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { byCountryName, countryName, formatDate } from '@/lib/format';
import { TableScroll } from '@/components/ui/table-scroll';

const filtersSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  status: z.enum(TRANSLATION_STATUSES).optional().catch(undefined),
  kind: z.enum(STORY_KINDS).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  completeness: z.enum(['missing_en', 'missing_ru', 'complete']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/stories'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'StoriesAdmin' }))('title') };
}

export default async function StoriesAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/stories'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/stories`);
  const sp = await searchParams;
  const filters: AdminStoryFilters = filtersSchema.parse(Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, first(v) || undefined])));
  const { items, total, page, pageCount } = listStoriesForAdmin(filters);
  const countries = listStoryCountryCodes();
  const [t, ts, tk, tl] = await Promise.all([
    getTranslations({ locale, namespace: 'StoriesAdmin' }),
    getTranslations({ locale, namespace: 'Statuses' }),
    getTranslations({ locale, namespace: 'Kinds' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const query = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v !== undefined && k !== 'page') q.set(k, String(v));
    if (p > 1) q.set('page', String(p));
    const s = q.toString();
    return `/${locale}/admin/stories${s ? `?${s}` : ''}`;
  };
  const select = 'mt-1 block rounded border border-gray-500 px-2 py-1.5';
  return (
    <AdminShell locale={locale} user={user}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {user.role !== 'translator' ? (
          <a href={`/${locale}/admin/stories/new`} className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline">
            {t('new')}
          </a>
        ) : null}
      </div>

      <form method="get" role="search" aria-label={t('filters')} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-gray-300 bg-gray-50 p-3">
        <div>
          <label htmlFor="q" className="text-sm font-semibold">{t('search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} className="mt-1 block rounded border border-gray-500 px-2 py-1.5" />
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-semibold">{t('status')}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {TRANSLATION_STATUSES.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="text-sm font-semibold">{t('kind')}</label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {STORY_KINDS.map((k) => <option key={k} value={k}>{tk(k)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="country" className="text-sm font-semibold">{t('country')}</label>
          <select id="country" name="country" defaultValue={filters.country ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {countries.map((c) => <option key={c} value={c}>{countryName(c, locale)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="completeness" className="text-sm font-semibold">{t('languages')}</label>
          <select id="completeness" name="completeness" defaultValue={filters.completeness ?? ''} className={select}>
            <option value="">{t('any')}</option>
            <option value="missing_ru">{t('missingRu')}</option>
            <option value="missing_en">{t('missingEn')}</option>
            <option value="complete">{t('complete')}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-gray-800 px-3 py-1.5 font-semibold text-white">{t('apply')}</button>
        <a href={`/${locale}/admin/stories`} className="py-1.5">{t('clear')}</a>
      </form>

      <p className="mt-4 text-gray-700" role="status">{t('count', { count: total })}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <TableScroll className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">{t('colTitle')}</th>
                <th scope="col" className="py-2 pr-4">{t('kind')}</th>
                {LOCALES.map((l) => <th key={l} scope="col" className="py-2 pr-4">{tl(l)}</th>)}
                <th scope="col" className="py-2 pr-4">{t('country')}</th>
                <th scope="col" className="py-2">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((story) => {
                const source = story.translations[story.sourceLocale] ?? Object.values(story.translations)[0];
                return (
                  <tr key={story.storyId} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <a href={`/${locale}/admin/stories/${story.storyId}`} lang={story.sourceLocale} className="font-semibold">
                        {source?.title || t('untitled')}
                      </a>
                    </th>
                    <td className="py-2 pr-4">{tk(story.kind)}</td>
                    <TranslationStatusCells translations={story.translations} href={(l) => `/${locale}/admin/stories/${story.storyId}?lang=${l}`} locale={locale} missingLabel={t('missing')} />
                    <td className="py-2 pr-4">{byCountryName(story.countries, locale).map((c) => countryName(c, locale)).join(', ')}</td>
                    <td className="py-2">{formatDate(story.updatedAt, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={query}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, count: pageCount }) }}
      />
    </AdminShell>
  );
}
