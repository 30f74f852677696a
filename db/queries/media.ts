import 'server-only';
import { and, desc, eq, exists, or, sql } from 'drizzle-orm';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { LOCALES, media, mediaTranslations, type ContentLocale, type MediaVariant } from '../schema';
import type { MediaText } from '../mutations/media';
import { likePattern } from './admin-stories';
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

export type MediaFilter = { q?: string; missingAlt?: ContentLocale };

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
    const pattern = likePattern(q);
    const t = mediaTranslations;
    conditions.push(
      or(
        sql`${media.originalName} like ${pattern} escape '\\'`,
        exists(
          db
            .select({ one: sql`1` })
            .from(t)
            .where(
              and(
                eq(t.mediaId, media.id),
                or(
                  sql`${t.alt} like ${pattern} escape '\\'`,
                  sql`${t.caption} like ${pattern} escape '\\'`,
                  sql`${t.creditBy} like ${pattern} escape '\\'`,
                  sql`${t.creditPlace} like ${pattern} escape '\\'`,
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
    .all();
  return withText(db, rows);
}

export function getMedia(id: number, db: DbLike = getDb()): (MediaItem & { usages: MediaUsage[] }) | undefined {
  const row = db.select(columns).from(media).where(eq(media.id, id)).get();
  if (!row) return undefined;
  const [item] = withText(db, [row]);
  return item && { ...item, usages: findMediaUsages(db, id) };
}
