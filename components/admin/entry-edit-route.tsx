import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { EntryEditView } from '@/components/admin/entry-edit-view';
import { getEditableEntry, getEntryTypeOf } from '@/db/queries/admin-stories';
import type { EntryType } from '@/db/schema';
import { isLocale, routing } from '@/i18n/routing';
import { ALL_ROLES, getCurrentUser, hasRole, requirePageRole } from '@/lib/authz';
import { entryType, parseEntryId } from '@/lib/entry-types';

/** What an entry editor's route is given (`/admin/pages/{id}`, `/admin/events/{id}`…). */
type EditRouteProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The editor route's title: the entry's source title, or the type's name. Metadata is resolved
 * apart from the page: it checks who is asking too, so an anonymous request never loads (or
 * titles its redirect with) an unpublished entry.
 */
export async function entryEditMetadata({ params }: EditRouteProps, type: Exclude<EntryType, 'story'>): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'EntryTypes' });
  if (!hasRole(await getCurrentUser(), ALL_ROLES)) return { title: t(type) };
  const entryId = parseEntryId(id);
  const entry = entryId ? getEditableEntry(entryId, type) : null;
  return { title: entry?.translations[entry.sourceLocale]?.title ?? t(type) };
}

/** One entry's editor route for a type; an entry of another type is sent to its own editor. */
export async function EntryEditRoute({ params, searchParams }: EditRouteProps, type: EntryType) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const entryId = parseEntryId(id);
  const user = await requirePageRole(locale, ALL_ROLES, `${entryType(type).adminListPath(locale)}/${id}`);
  const entry = entryId ? getEditableEntry(entryId, type) : null;
  const langParam = (await searchParams).lang;
  if (!entry) {
    // An entry of another type (a link from a where-used list, the dashboard): its own editor.
    const other = entryId ? getEntryTypeOf(entryId) : null;
    if (other) redirect(entryType(other).editPath(locale, entryId!, isLocale(langParam) ? langParam : undefined));
    notFound();
  }
  return (
    <AdminShell locale={locale} user={user}>
      <EntryEditView locale={locale} user={user} entry={entry} lang={isLocale(langParam) ? langParam : entry.sourceLocale} />
    </AdminShell>
  );
}
