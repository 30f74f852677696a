import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import {
  countryDetails,
  entries,
  entryCountries,
  entryTranslations,
  eventDetails,
  media,
  translationPublications as live,
  type EntryFields,
  type Membership,
  type RichTextDoc,
} from '../schema';
import { listDocuments, type DocumentItem } from './documents';
import { isLive, liveSlugsOf, lookupSlugInOtherLanguage } from './published';
import type { StoryCard } from './stories';

/** What every language of a country's page shares (`country_details`). */
export type CountryDetailsView = {
  countryCode: string;
  membership: Membership | null;
  hasMission: boolean;
  email: string;
  phone: string;
};

/** A country's page on a list: the copy in the reader's language, else the one that exists. */
export type CountryListItem = CountryDetailsView & {
  id: number;
  /** The language of the copy below: the reader's when `translated`, else the other one. */
  locale: Locale;
  translated: boolean;
  title: string;
  slug: string;
  summary: string;
  missionName: string;
  missionAddress: string;
};

export type CountryPageView = CountryDetailsView & {
  id: number;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  missionName: string;
  missionAddress: string;
  publishedAt: Date;
  updatedAt: Date;
  /** Slugs of this country's public translations, by locale (this one included). */
  alternates: Partial<Record<Locale, string>>;
};

export type CountryLookup =
  | { kind: 'found'; country: CountryPageView }
  /** The slug is another language's; this language has its own live copy under `slug`. */
  | { kind: 'redirect'; slug: string }
  /** The slug is another language's and this language has no live copy yet. */
  | { kind: 'untranslated'; available: { locale: Locale; slug: string; title: string; summary: string } }
  | { kind: 'missing' };

const detailColumns = {
  countryCode: countryDetails.countryCode,
  membership: countryDetails.membership,
  hasMission: countryDetails.hasMission,
  email: countryDetails.email,
  phone: countryDetails.phone,
};

function missionFields(fields: EntryFields): { missionName: string; missionAddress: string } {
  return { missionName: fields.missionName?.trim() ?? '', missionAddress: fields.missionAddress?.trim() ?? '' };
}

/**
 * Every country with a live page in some language, in one query: the reader's language's copy
 * where it is live, else the other language's (marked `translated: false`), sorted by the name
 * shown, as the reader's language sorts.
 */
export function listCountryPages(locale: Locale): CountryListItem[] {
  const rows = getDb()
    .select({ id: live.entryId, locale: live.locale, title: live.title, slug: live.slug, summary: live.summary, fields: live.fields, ...detailColumns })
    .from(live)
    .innerJoin(countryDetails, eq(countryDetails.entryId, live.entryId))
    .where(and(eq(live.type, 'country'), isLive()))
    .all();
  const byEntry = new Map<number, CountryListItem>();
  for (const { fields, ...row } of rows) {
    const seen = byEntry.get(row.id);
    if (seen?.translated) continue;
    if (seen && row.locale !== locale) continue;
    byEntry.set(row.id, { ...row, ...missionFields(fields), translated: row.locale === locale });
  }
  const collator = new Intl.Collator(locale);
  return [...byEntry.values()].sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id);
}

export type CountryGroups = {
  /** Where the office has a mission: the Central Asian countries. */
  centralAsia: CountryListItem[];
  /** The Almaty Process's other members, observers and invited states (no mission of the office). */
  otherMembers: CountryListItem[];
};

/** The countries page's two groups; a country with neither a mission nor a part in the process is in neither. */
export function groupCountries(items: readonly CountryListItem[]): CountryGroups {
  return {
    centralAsia: items.filter((c) => c.hasMission),
    otherMembers: items.filter((c) => !c.hasMission && c.membership !== null),
  };
}

/** The office's missions for the contact page: every live country page with a mission. */
export function listMissions(locale: Locale): CountryListItem[] {
  return listCountryPages(locale).filter((c) => c.hasMission);
}


/** What `/{locale}/countries/{slug}` shows. Shared by the page and its metadata via React's cache. */
export const lookupCountryBySlug = cache((locale: Locale, slug: string): CountryLookup => {
  const db = getDb();
  const own = db
    .select({
      id: live.entryId,
      title: live.title,
      slug: live.slug,
      summary: live.summary,
      body: live.body,
      seoTitle: live.seoTitle,
      seoDescription: live.seoDescription,
      fields: live.fields,
      publishedAt: live.publishedAt,
      updatedAt: live.updatedAt,
      ...detailColumns,
    })
    .from(live)
    .innerJoin(countryDetails, eq(countryDetails.entryId, live.entryId))
    .where(and(eq(live.type, 'country'), eq(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (own) {
    const { fields, ...rest } = own;
    return { kind: 'found', country: { ...rest, ...missionFields(fields), locale, alternates: liveSlugsOf(own.id) } };
  }
  // A link from the other language (the switcher, a shared URL).
  return lookupSlugInOtherLanguage('country', locale, slug);
});

/**
 * A country page's working copy as it would look published, by its working slug: for staff
 * previews only (the page calls it in draft mode, after checking who is asking).
 */
export function getWorkingCountryBySlug(locale: Locale, slug: string): CountryPageView | null {
  const row = getDb()
    .select({ t: entryTranslations, d: detailColumns })
    .from(entryTranslations)
    .innerJoin(entries, eq(entries.id, entryTranslations.entryId))
    .innerJoin(countryDetails, eq(countryDetails.entryId, entryTranslations.entryId))
    .where(and(eq(entries.type, 'country'), eq(entryTranslations.locale, locale), eq(entryTranslations.slug, slug)))
    .get();
  if (!row) return null;
  const { t, d } = row;
  return {
    ...d,
    id: t.entryId,
    locale,
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    body: t.body,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    ...missionFields(t.fields),
    publishedAt: t.publishedAt ?? new Date(),
    updatedAt: t.updatedAt,
    alternates: liveSlugsOf(t.entryId),
  };
}

export const COUNTRY_RELATED_LIMIT = 5;

/** The latest stories tagged with the country, live in this language, as news cards (one query). */
export function listCountryStories(locale: Locale, countryCode: string, limit = COUNTRY_RELATED_LIMIT): StoryCard[] {
  return getDb()
    .select({
      storyId: live.entryId,
      kind: entries.kind,
      title: live.title,
      slug: live.slug,
      summary: live.summary,
      dateline: live.dateline,
      publishedAt: live.publishedAt,
      thumbnail: { sha256: media.sha256, width: media.width, height: media.height, variants: media.variants },
    })
    .from(live)
    .innerJoin(entries, eq(entries.id, live.entryId))
    .leftJoin(media, eq(media.id, live.heroMediaId))
    .where(
      and(
        eq(live.type, 'story'),
        eq(live.locale, locale),
        isLive(),
        sql`exists (select 1 from ${entryCountries} where ${entryCountries.entryId} = ${live.entryId} and ${entryCountries.countryCode} = ${countryCode})`,
      ),
    )
    .orderBy(desc(live.publishedAt), desc(live.translationId))
    .limit(limit)
    .all();
}

/**
 * Documents about the country, newest year first (the resources list's own query and order);
 * `total` says whether the resources page filtered by the country has more.
 */
export function listCountryDocuments(countryCode: string, limit = COUNTRY_RELATED_LIMIT): { items: DocumentItem[]; total: number } {
  const { items, total } = listDocuments({ country: countryCode }, { pageSize: limit });
  return { items, total };
}

export type CountryEvent = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  venue: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  /** Not over yet (under way or to come). */
  upcoming: boolean;
};

/**
 * An event is over once its last moment has passed: its end, else (all day) the end of its start
 * day, else its start. An all-day event's end is its last day's midnight: that day counts too.
 */
function eventEnd(): SQL<number> {
  return sql<number>`coalesce(${eventDetails.endsAt}, ${eventDetails.startsAt}) + case when ${eventDetails.allDay} then 86400000 else 0 end`;
}

/**
 * Events held in the country, live in this language, in one query: those to come (or under way)
 * soonest first, then those past latest first; at most `limit` in all.
 */
export function listCountryEvents(locale: Locale, countryCode: string, limit = COUNTRY_RELATED_LIMIT, now: Date = new Date()): CountryEvent[] {
  const upcoming = sql<number>`(${eventEnd()} > ${now.getTime()})`;
  return getDb()
    .select({
      id: live.entryId,
      title: live.title,
      slug: live.slug,
      summary: live.summary,
      fields: live.fields,
      startsAt: eventDetails.startsAt,
      endsAt: eventDetails.endsAt,
      allDay: eventDetails.allDay,
      upcoming,
    })
    .from(live)
    .innerJoin(eventDetails, eq(eventDetails.entryId, live.entryId))
    .where(and(eq(live.type, 'event'), eq(live.locale, locale), isLive(), eq(eventDetails.countryCode, countryCode)))
    .orderBy(desc(upcoming), sql`case when ${upcoming} then ${eventDetails.startsAt} end asc`, desc(eventDetails.startsAt), asc(live.entryId))
    .limit(limit)
    .all()
    .map(({ fields, upcoming: isUpcoming, ...row }) => ({ ...row, venue: fields.venue?.trim() ?? '', upcoming: Boolean(isUpcoming) }));
}
