import 'server-only';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { entryTranslations, eventDetails, translationPublications as live, type EntryFields, type RichTextDoc } from '../schema';
import { isLive, liveSlugsOf, lookupSlugInOtherLanguage } from './published';

export const EVENTS_PAGE_SIZE = 10;

export type EventCard = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  countryCode: string | null;
  almatyProcess: boolean;
  venue: string;
};

export type EventPage = EventCard & {
  locale: Locale;
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  participants: string;
  updatedAt: Date;
  /** Slugs of this event's public translations, by locale (this one included). */
  alternates: Partial<Record<Locale, string>>;
};

const cardColumns = {
  id: live.entryId,
  title: live.title,
  slug: live.slug,
  summary: live.summary,
  fields: live.fields,
  startsAt: eventDetails.startsAt,
  endsAt: eventDetails.endsAt,
  allDay: eventDetails.allDay,
  countryCode: eventDetails.countryCode,
  almatyProcess: eventDetails.almatyProcess,
};

function toCard({ fields, ...row }: { fields: EntryFields } & Omit<EventCard, 'venue'>): EventCard {
  return { ...row, venue: fields.venue ?? '' };
}

/**
 * An event is over once its last moment has passed: its end, else (all day) the end of its
 * start day, else its start. Until then it is upcoming, so a meeting under way is still listed
 * with what is to come.
 */
function endOf(): SQL {
  return sql`coalesce(${eventDetails.endsAt}, ${eventDetails.startsAt}) + case when ${eventDetails.allDay} then 86400000 else 0 end`;
}

function liveEvents(locale: Locale, filters: { almatyProcess?: boolean; country?: string }): SQL | undefined {
  return and(
    eq(live.type, 'event'),
    eq(live.locale, locale),
    isLive(),
    filters.almatyProcess ? eq(eventDetails.almatyProcess, true) : undefined,
    filters.country ? eq(eventDetails.countryCode, filters.country) : undefined,
  );
}

/** Events still to come (or under way) live in this language, soonest first. */
export function listUpcomingEvents(locale: Locale, limit: number, filters: { almatyProcess?: boolean; country?: string } = {}, now = new Date()): EventCard[] {
  return getDb()
    .select(cardColumns)
    .from(live)
    .innerJoin(eventDetails, eq(eventDetails.entryId, live.entryId))
    .where(and(liveEvents(locale, filters), sql`${endOf()} > ${now.getTime()}`))
    .orderBy(asc(eventDetails.startsAt), asc(live.entryId))
    .limit(limit)
    .all()
    .map(toCard);
}

/** Events that are over, live in this language, latest first, one page of them. */
export function listPastEvents(locale: Locale, page: number, pageSize = EVENTS_PAGE_SIZE, filters: { almatyProcess?: boolean; country?: string } = {}, now = new Date()) {
  const db = getDb();
  const where = and(liveEvents(locale, filters), sql`${endOf()} <= ${now.getTime()}`);
  const total = db.select({ n: count() }).from(live).innerJoin(eventDetails, eq(eventDetails.entryId, live.entryId)).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const items = db
    .select(cardColumns)
    .from(live)
    .innerJoin(eventDetails, eq(eventDetails.entryId, live.entryId))
    .where(where)
    .orderBy(desc(eventDetails.startsAt), desc(live.entryId))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(toCard);
  return { items, total, page, pageCount };
}

export type EventLookup =
  | { kind: 'found'; event: EventPage }
  | { kind: 'redirect'; slug: string }
  | { kind: 'untranslated'; available: { locale: Locale; slug: string; title: string; summary: string } }
  | { kind: 'missing' };

/** What `/{locale}/events/{slug}` shows. Shared by the page, its metadata and its `.ics` via React's cache. */
export const lookupEventBySlug = cache((locale: Locale, slug: string): EventLookup => {
  const db = getDb();
  const own = db
    .select({ ...cardColumns, body: live.body, seoTitle: live.seoTitle, seoDescription: live.seoDescription, updatedAt: live.updatedAt })
    .from(live)
    .innerJoin(eventDetails, eq(eventDetails.entryId, live.entryId))
    .where(and(eq(live.type, 'event'), eq(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (own) {
    const { body, seoTitle, seoDescription, updatedAt, ...card } = own;
    return { kind: 'found', event: { ...toCard(card), locale, body, seoTitle, seoDescription, updatedAt, participants: card.fields.participants ?? '', alternates: liveSlugsOf(own.id) } };
  }
  return lookupSlugInOtherLanguage('event', locale, slug);
});


/** An event's working copy as it would look published, by its working slug: staff previews only. */
export function getWorkingEventBySlug(locale: Locale, slug: string): EventPage | null {
  const row = getDb()
    .select({ t: entryTranslations, d: eventDetails })
    .from(entryTranslations)
    .innerJoin(eventDetails, eq(eventDetails.entryId, entryTranslations.entryId))
    .where(and(eq(entryTranslations.locale, locale), eq(entryTranslations.slug, slug)))
    .get();
  if (!row) return null;
  const { t, d } = row;
  return {
    id: t.entryId,
    locale,
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    body: t.body,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    allDay: d.allDay,
    countryCode: d.countryCode,
    almatyProcess: d.almatyProcess,
    venue: t.fields.venue ?? '',
    participants: t.fields.participants ?? '',
    updatedAt: t.updatedAt,
    alternates: liveSlugsOf(t.entryId),
  };
}
