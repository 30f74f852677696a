import { getTranslations } from 'next-intl/server';
import { countryOptions } from '@/components/admin/story-editor-props';
import { listEntriesForAdmin, type AdminEntryRow } from '@/db/queries/entries-admin';
import { LOCALES } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import type { CurrentUser } from '@/lib/authz';
import { entryType } from '@/lib/entry-types';
import { countryName, formatDate, formatDateTime } from '@/lib/format';
import { NewEntryForm } from './new-entry-form';
import { TranslationStatusCells } from './status-badge';
import { TableScroll } from '@/components/ui/table-scroll';

type ListedType = 'event' | 'country' | 'digest';

/** The admin list of events, countries or digests: each entry, its type's key detail and every language's status. */
export async function EntryListAdmin({ locale, user, type }: { locale: Locale; user: CurrentUser; type: ListedType }) {
  const [t, tl, tc] = await Promise.all([
    getTranslations({ locale, namespace: 'EntriesAdmin' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'CountryAdmin' }),
  ]);
  const rows = listEntriesForAdmin(type);
  const d = entryType(type);
  const keyDetail = (row: AdminEntryRow): string => {
    const { event, country, digest } = row.details;
    if (event) {
      const start = new Date(event.startsAt);
      const when = event.allDay ? formatDate(start, locale) : formatDateTime(start, locale);
      return `${when} · ${event.countryCode ? countryName(event.countryCode, locale) : t('online')}`;
    }
    if (country) return `${countryName(country.countryCode, locale)} · ${country.membership ? tc(`membership_${country.membership}`) : t('noMembership')}`;
    return digest?.issueMonth ?? '';
  };
  return (
    <>
      <h1 className="text-3xl font-bold">{t(`${type}.title`)}</h1>
      {rows.length === 0 ? (
        <p className="mt-4">{t(`${type}.empty`)}</p>
      ) : (
        <TableScroll className="mt-4">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('colTitle')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t(`${type}.colWhen`)}
                </th>
                {LOCALES.map((l) => (
                  <th key={l} scope="col" className="py-2 pr-4">
                    {tl(l)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const source = row.translations[row.sourceLocale] ?? Object.values(row.translations)[0];
                return (
                  <tr key={row.id} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <a href={d.editPath(locale, row.id)} lang={row.sourceLocale} className="font-semibold">
                        {source?.title || t('untitled')}
                      </a>
                    </th>
                    <td className="py-2 pr-4">{keyDetail(row)}</td>
                    <TranslationStatusCells translations={row.translations} href={(l) => d.editPath(locale, row.id, l)} locale={locale} missingLabel={t('missing')} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {user.role === 'admin' || user.role === 'editor' ? (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold">{t(`${type}.new`)}</summary>
          <NewEntryForm locale={locale} type={type} countryOptions={countryOptions(locale)} />
        </details>
      ) : null}
    </>
  );
}
