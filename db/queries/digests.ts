import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import { getDb } from '../index';
import { digestDetails, entryTranslations, translationPublications as live, type RichTextDoc } from '../schema';
import { isLive, liveSlugsOf, lookupSlugInOtherLanguage } from './published';

/** An issue of the monthly digest as the archive and the home page list it. */
export type DigestCard = {
  id: number;
  title: string;
  slug: string;
  summary: string;
  /** The month the issue covers, `YYYY-MM`. */
  issueMonth: string;
};

export type DigestPage = DigestCard & {
  locale: Locale;
  /** The issue itself: its introduction, then its items in order (story references, short items). */
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  updatedAt: Date;
  /** Slugs of this issue's public translations, by locale (this one included). */
  alternates: Partial<Record<Locale, string>>;
};

const cardColumns = {
  id: live.entryId,
  title: live.title,
  slug: live.slug,
  summary: live.summary,
  issueMonth: digestDetails.issueMonth,
};

const liveDigests = (locale: Locale) => and(eq(live.type, 'digest'), eq(live.locale, locale), isLive());

/** The issues live in this language, the newest month first (one issue a month, so no ties). */
export function listLiveDigests(locale: Locale): DigestCard[] {
  return getDb()
    .select(cardColumns)
    .from(live)
    .innerJoin(digestDetails, eq(digestDetails.entryId, live.entryId))
    .where(liveDigests(locale))
    .orderBy(desc(digestDetails.issueMonth), desc(live.entryId))
    .all();
}

/** The newest issue live in this language (by the month it covers, not when it went out), or null. */
export function latestDigest(locale: Locale): DigestCard | null {
  return (
    getDb()
      .select(cardColumns)
      .from(live)
      .innerJoin(digestDetails, eq(digestDetails.entryId, live.entryId))
      .where(liveDigests(locale))
      .orderBy(desc(digestDetails.issueMonth), desc(live.entryId))
      .limit(1)
      .get() ?? null
  );
}

export type DigestLookup =
  | { kind: 'found'; digest: DigestPage }
  | { kind: 'redirect'; slug: string }
  | { kind: 'untranslated'; available: { locale: Locale; slug: string; title: string; summary: string } }
  | { kind: 'missing' };

/** What `/{locale}/digest/{slug}` shows. Shared by the page, its metadata and its e-mail export via React's cache. */
export const lookupDigestBySlug = cache((locale: Locale, slug: string): DigestLookup => {
  const db = getDb();
  const own = db
    .select({ ...cardColumns, body: live.body, seoTitle: live.seoTitle, seoDescription: live.seoDescription, updatedAt: live.updatedAt })
    .from(live)
    .innerJoin(digestDetails, eq(digestDetails.entryId, live.entryId))
    .where(and(eq(live.type, 'digest'), eq(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (own) return { kind: 'found', digest: { ...own, locale, alternates: liveSlugsOf(own.id) } };
  return lookupSlugInOtherLanguage('digest', locale, slug);
});

/** An issue's working copy as it would look published, by its working slug: staff previews only. */
export function getWorkingDigestBySlug(locale: Locale, slug: string): DigestPage | null {
  const row = getDb()
    .select({ t: entryTranslations, d: digestDetails })
    .from(entryTranslations)
    .innerJoin(digestDetails, eq(digestDetails.entryId, entryTranslations.entryId))
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
    issueMonth: d.issueMonth,
    body: t.body,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    updatedAt: t.updatedAt,
    alternates: liveSlugsOf(t.entryId),
  };
}
