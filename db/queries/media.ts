import 'server-only';
import { and, desc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { LOCALES, media, mediaTranslations, type ContentLocale, type MediaVariant } from '../schema';
import type { MediaText } from '../mutations/media';
import { containsText } from './text-match';
import type { MediaSummary } from '@/lib/media/summary';
import { findMediaUsages, type MediaUsage } from './media-usage';


export type MediaItem = {
  id: number;
  sha256: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  variants: MediaVariant[];
  creditDate: string | null;
  createdAt: Date;
  text: Record<ContentLocale, MediaText>;
};

export type MediaFilter = { q?: string; missingAlt?: ContentLocale; limit?: number };

const EMPTY_TEXT: MediaText = { alt: '', caption: '', creditBy: '', creditPlace: '' };

function withText(db: DbLike, rows: Omit<MediaItem, 'text'>[]): MediaItem[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const texts = db
    .select()
    .from(mediaTranslations)
    .where(sql`${mediaTranslations.mediaId} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
    .all();
  return rows.map((row) => {
    const text = Object.fromEntries(LOCALES.map((l) => [l, { ...EMPTY_TEXT }])) as Record<ContentLocale, MediaText>;
    for (const t of texts) if (t.mediaId === row.id) text[t.locale] = { alt: t.alt, caption: t.caption, creditBy: t.creditBy, creditPlace: t.creditPlace };
    return { ...row, text };
  });
}

const columns = {
  id: media.id,
  sha256: media.sha256,
  mime: media.mime,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  originalName: media.originalName,
  variants: media.variants,
  creditDate: media.creditDate,
  createdAt: media.createdAt,
};

/** The library, newest first: search over file name and every locale's alt text, caption and credit. */
export function listMedia(filter: MediaFilter = {}, db: DbLike = getDb()): MediaItem[] {
  const conditions = [];
  const q = filter.q?.trim();
  if (q) {
    const t = mediaTranslations;
    conditions.push(
      or(
        containsText(media.originalName, q),
        exists(
          db
            .select({ one: sql`1` })
            .from(t)
            .where(
              and(
                eq(t.mediaId, media.id),
                or(
                  containsText(t.alt, q),
                  containsText(t.caption, q),
                  containsText(t.creditBy, q),
                  containsText(t.creditPlace, q),
                ),
              ),
            ),
        ),
      ),
    );
  }
  if (filter.missingAlt) {
    const t = mediaTranslations;
    conditions.push(
      sql`not exists (select 1 from ${t} where ${t.mediaId} = ${media.id} and ${t.locale} = ${filter.missingAlt} and trim(${t.alt}) <> '')`,
    );
  }
  const rows = db
    .select(columns)
    .from(media)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(filter.limit ?? -1)
    .all();
  return withText(db, rows);
}

function summaryOf(item: MediaItem): MediaSummary {
  return {
    id: item.id,
    name: item.originalName,
    sha256: item.sha256,
    width: item.width,
    height: item.height,
    variants: item.variants,
    alt: Object.fromEntries(LOCALES.map((l) => [l, item.text[l].alt])) as Record<ContentLocale, string>,
  };
}

/** The picker's list: newest first, searched like the library, at most `limit`. */
export function searchMediaSummaries(q: string | undefined, limit: number, db: DbLike = getDb()): MediaSummary[] {
  return listMedia({ q, limit }, db).map(summaryOf);
}

/** The images a story editor shows already (its hero, its body's images), by id. */
export function getMediaSummaries(ids: readonly number[], db: DbLike = getDb()): MediaSummary[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = db.select(columns).from(media).where(inArray(media.id, unique)).all();
  return withText(db, rows).map(summaryOf);
}

export function getMedia(id: number, db: DbLike = getDb()): (MediaItem & { usages: MediaUsage[] }) | undefined {
  const row = db.select(columns).from(media).where(eq(media.id, id)).get();
  if (!row) return undefined;
  const [item] = withText(db, [row]);
  return item && { ...item, usages: findMediaUsages(db, id) };
}

/** An image as a reader of one language sees it: its variants and that language's words. */
export type StoryImage = {
  id: number;
  sha256: string;
  width: number;
  height: number;
  variants: MediaVariant[];
  creditDate: string | null;
} & MediaText;

/**
 * Every image a page shows (hero and body), in the reader's language, in one query: a story page
 * never asks once per image.
 */
export function getStoryImages(ids: readonly number[], locale: ContentLocale, db: DbLike = getDb()): Map<number, StoryImage> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const t = mediaTranslations;
  const rows = db
    .select({
      id: media.id,
      sha256: media.sha256,
      width: media.width,
      height: media.height,
      variants: media.variants,
      creditDate: media.creditDate,
      alt: t.alt,
      caption: t.caption,
      creditBy: t.creditBy,
      creditPlace: t.creditPlace,
    })
    .from(media)
    .leftJoin(t, and(eq(t.mediaId, media.id), eq(t.locale, locale)))
    .where(inArray(media.id, unique))
    .all();
  return new Map(rows.map((r) => [r.id, { ...r, alt: r.alt ?? '', caption: r.caption ?? '', creditBy: r.creditBy ?? '', creditPlace: r.creditPlace ?? '' }]));
}
