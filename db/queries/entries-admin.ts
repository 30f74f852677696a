import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { COUNTRY_CODES } from '@/lib/countries';
import { getDb } from '../index';
import { readDetails, type EntryDetails } from '../mutations/entry-details';
import { entries, entryTranslations, translationPublications as live, type ContentLocale, type EntryType, type TranslationStatus } from '../schema';

export type AdminEntryRow = {
  id: number;
  sourceLocale: ContentLocale;
  details: EntryDetails;
  translations: Partial<Record<ContentLocale, { title: string; status: TranslationStatus; publishedAt: Date | null; live: boolean }>>;
};

/**
 * The admin's list of one type's entries, each with its language versions and shared details, in
 * the type's own order: events latest first, countries in the site's order, digests newest first.
 * The office has tens of each, not thousands: one list, no pages.
 */
export function listEntriesForAdmin(type: Exclude<EntryType, 'story' | 'page'>): AdminEntryRow[] {
  const db = getDb();
  const rows = db.select({ id: entries.id, sourceLocale: entries.sourceLocale }).from(entries).where(eq(entries.type, type)).all();
  const ids = rows.map((r) => r.id);
  const translations = ids.length
    ? db
        .select({ entryId: entryTranslations.entryId, locale: entryTranslations.locale, title: entryTranslations.title, status: entryTranslations.status, publishedAt: entryTranslations.publishedAt, liveId: live.translationId })
        .from(entryTranslations)
        .leftJoin(live, eq(live.translationId, entryTranslations.id))
        .where(inArray(entryTranslations.entryId, ids))
        .all()
    : [];
  const items = rows.map((r) => ({
    ...r,
    details: readDetails(db, r.id, type),
    translations: Object.fromEntries(
      translations.filter((t) => t.entryId === r.id).map((t) => [t.locale, { title: t.title, status: t.status, publishedAt: t.publishedAt, live: t.liveId !== null }]),
    ),
  }));
  const countryOrder = (code: string | undefined) => {
    const i = (COUNTRY_CODES as readonly string[]).indexOf(code ?? '');
    return i < 0 ? COUNTRY_CODES.length : i;
  };
  return items.sort((a, b) => {
    if (type === 'event') return (b.details.event?.startsAt ?? '').localeCompare(a.details.event?.startsAt ?? '') || b.id - a.id;
    if (type === 'country') return countryOrder(a.details.country?.countryCode) - countryOrder(b.details.country?.countryCode) || a.id - b.id;
    return (b.details.digest?.issueMonth ?? '').localeCompare(a.details.digest?.issueMonth ?? '') || b.id - a.id;
  });
}
