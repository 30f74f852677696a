import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { listAuditActions, listAuditEntityTypes, listAuditEntries, type AuditFilters, type AuditRow } from '@/db/queries/audit';
import { listUserOptions } from '@/db/queries/users';
import { routing, type Locale } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { formatDateTime } from '@/lib/format';
import { startOfSiteDay } from '@/lib/time';
import { TableScroll } from '@/components/ui/table-scroll';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/audit'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Audit' });
  return { title: t('title') };
}

type Query = { action: string; actor: string; entity: string; from: string; to: string };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) ?? '';
}

/** The filters as the form shows them, and as the query reads them; anything malformed is dropped. */
function readQuery(params: Record<string, string | string[] | undefined>): { query: Query; filters: AuditFilters } {
  const query: Query = { action: one(params.action), actor: one(params.actor), entity: one(params.entity), from: one(params.from), to: one(params.to) };
  if (!/^(none|\d+)$/.test(query.actor)) query.actor = '';
  const from = startOfSiteDay(query.from);
  const to = startOfSiteDay(query.to, 1);
  if (!from) query.from = '';
  if (!to) query.to = '';
  return {
    query,
    filters: {
      action: query.action || undefined,
      actor: query.actor === 'none' ? 'none' : query.actor ? Number(query.actor) : undefined,
      entityType: query.entity || undefined,
      from,
      to,
    },
  };
}

function href(locale: Locale, query: Query, page: number): string {
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  if (page > 1) search.set('page', String(page));
  const qs = search.toString();
  return `/${locale}/admin/audit${qs ? `?${qs}` : ''}`;
}

function DetailList({ detail }: { detail: AuditRow['detail'] }) {
  const entries = Object.entries(detail ?? {});
  if (entries.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-gray-700">{key}</dt>
          <dd className="break-all font-mono">{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AuditPage({ params, searchParams }: PageProps<'/[locale]/admin/audit'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const search = await searchParams;
  const pageParam = one(search.page);
  const page = /^[1-9]\d{0,6}$/.test(pageParam) ? Number(pageParam) : 1;
  const { query, filters } = readQuery(search);
  // Back to the same filtered page after signing in.
  const me = await requirePageRole(locale, ['admin'], href(locale, query, page));
  if (pageParam !== '' && String(page) !== pageParam) notFound();
  const result = listAuditEntries(filters, page);
  if (page > result.pageCount) notFound();

  const [t, ta] = await Promise.all([getTranslations({ locale, namespace: 'Audit' }), getTranslations({ locale, namespace: 'AuditActions' })]);
  const actionLabel = (action: string): string => {
    // Keys are `area.verb`; anything else (or an action messages do not know yet) shows as it is.
    const key = action as Parameters<typeof ta>[0];
    return /^[a-z_]+\.[a-z_]+$/.test(action) && ta.has(key) ? ta(key) : action;
  };
  const entityLabel = (type: string): string => {
    const key = `entityTypes.${type}` as Parameters<typeof t>[0];
    return /^[a-z_]+$/.test(type) && t.has(key) ? t(key) : type;
  };
  const who = (row: AuditRow): string =>
    row.actorName ?? (row.actorId !== null ? `#${row.actorId}` : row.action.startsWith('auth.') ? t('anonymous') : t('system'));

  const actionOptions = [{ value: '', label: t('anyAction') }, ...listAuditActions().map((a) => ({ value: a, label: actionLabel(a) }))];
  const actorOptions = [
    { value: '', label: t('anyActor') },
    { value: 'none', label: t('noActor') },
    ...listUserOptions().map((u) => ({ value: String(u.id), label: u.name })),
  ];
  const entityOptions = [{ value: '', label: t('anyEntityType') }, ...listAuditEntityTypes().map((e) => ({ value: e, label: entityLabel(e) }))];

  return (
    <AdminShell locale={locale} user={me}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-gray-700">{t('intro')}</p>

      <form method="get" action={`/${locale}/admin/audit`} role="search" aria-labelledby="filters-heading" className="mt-6 rounded border border-gray-300 p-4">
        <h2 id="filters-heading" className="text-lg font-semibold">
          {t('filters')}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <SelectField name="action" label={t('action')} options={actionOptions} defaultValue={query.action} />
          <SelectField name="actor" label={t('actor')} options={actorOptions} defaultValue={query.actor} />
          <SelectField name="entity" label={t('entityType')} options={entityOptions} defaultValue={query.entity} />
          <TextField name="from" type="date" label={t('from')} defaultValue={query.from} />
          <TextField name="to" type="date" label={t('to')} defaultValue={query.to} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            {t('apply')}
          </button>
          <a href={`/${locale}/admin/audit`}>{t('clear')}</a>
        </div>
      </form>

      <p className="mt-6">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <TableScroll className="mt-4">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">{t('colWhen')}</th>
                <th scope="col" className="py-2 pr-4">{t('colWho')}</th>
                <th scope="col" className="py-2 pr-4">{t('colWhat')}</th>
                <th scope="col" className="py-2 pr-4">{t('colRecord')}</th>
                <th scope="col" className="py-2 pr-4">{t('colIp')}</th>
                <th scope="col" className="py-2">{t('colDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => (
                <tr key={row.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="whitespace-nowrap py-2 pr-4 font-normal">
                    <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, locale, { seconds: true })}</time>
                  </th>
                  <td className="py-2 pr-4">{who(row)}</td>
                  <td className="py-2 pr-4">{actionLabel(row.action)}</td>
                  <td className="py-2 pr-4">
                    {row.entityType === null ? null : row.entityType === 'user' && row.entityId !== null ? (
                      <a href={`/${locale}/admin/users#user-${row.entityId}`}>{t('record', { type: 'user', id: String(row.entityId) })}</a>
                    ) : row.entityId !== null ? (
                      t('record', { type: row.entityType, id: String(row.entityId) })
                    ) : (
                      entityLabel(row.entityType)
                    )}
                  </td>
                  <td className="py-2 pr-4 font-mono">{row.ip}</td>
                  <td className="py-2">
                    <DetailList detail={row.detail} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t('pagination')} className="mt-8 flex flex-wrap items-center justify-between gap-3">
          {page > 1 ? (
            <a href={href(locale, query, page - 1)} rel="prev">
              ← {t('previous')}
            </a>
          ) : (
            <span />
          )}
          <span className="text-gray-700">{t('pageOf', { page, count: result.pageCount })}</span>
          {page < result.pageCount ? (
            <a href={href(locale, query, page + 1)} rel="next">
              {t('next')} →
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </AdminShell>
  );
}
