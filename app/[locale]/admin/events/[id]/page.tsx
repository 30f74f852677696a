import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { EntryEditView } from '@/components/admin/entry-edit-view';
import { getEditableEntry, getEntryTypeOf } from '@/db/queries/admin-stories';
import { isLocale, routing } from '@/i18n/routing';
import { ALL_ROLES, getCurrentUser, hasRole, requirePageRole } from '@/lib/authz';
import { entryType, parseEntryId } from '@/lib/entry-types';

type Props = PageProps<'/[locale]/admin/events/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'EntryTypes' });
  // Metadata is resolved apart from the page: check who is asking here too before reading the
  // story, so an anonymous request never loads (or titles its redirect with) an unpublished story.
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return { title: t('event') };
  const storyId = parseEntryId(id);
  const story = storyId ? getEditableEntry(storyId, 'event') : null;
  return { title: story?.translations[story.sourceLocale]?.title ?? t('event') };
}

export default async function EditEventsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const storyId = parseEntryId(id);
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/events/${id}`);
  const story = storyId ? getEditableEntry(storyId, 'event') : null;
  const langParam = (await searchParams).lang;
  if (!story) {
    // An entry of another type (a link from a where-used list, the dashboard): its own editor.
    const other = storyId ? getEntryTypeOf(storyId) : null;
    if (other) redirect(entryType(other).editPath(locale, storyId!, isLocale(langParam) ? langParam : undefined));
    notFound();
  }
  return (
    <AdminShell locale={locale} user={user}>
      <EntryEditView locale={locale} user={user} entry={story} lang={isLocale(langParam) ? langParam : story.sourceLocale} />
    </AdminShell>
  );
}
