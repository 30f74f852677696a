import { and, eq, inArray, sql } from 'drizzle-orm';
import { bodyMediaIds, withoutImages } from '@/lib/rich-text';
import type { DbLike } from '../client';
import { media, mediaTranslations, publicationMedia, translationMedia, translationPublications, type ContentLocale, type MediaVariant, type RichTextDoc, type TranslationSnapshot } from '../schema';

/**
 * Keeps the index of the images a translation's working copy shows in step with its body. Call
 * inside the transaction that writes the body.
 */
export function syncTranslationMedia(db: DbLike, translationId: number, body: RichTextDoc): void {
  db.delete(translationMedia).where(eq(translationMedia.translationId, translationId)).run();
  const ids = bodyMediaIds(body);
  if (ids.length > 0) db.insert(translationMedia).values(ids.map((mediaId) => ({ translationId, mediaId }))).run();
}

/** The same for the live copy; its rows go with the publication (ON DELETE CASCADE). */
export function syncPublicationMedia(db: DbLike, translationId: number, body: RichTextDoc): void {
  db.delete(publicationMedia).where(eq(publicationMedia.translationId, translationId)).run();
  const ids = bodyMediaIds(body);
  if (ids.length > 0) db.insert(publicationMedia).values(ids.map((mediaId) => ({ translationId, mediaId }))).run();
}

/** Which of these media ids no longer exist (deleted from the library since they were chosen). */
export function missingMediaIds(db: DbLike, ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Set(db.select({ id: media.id }).from(media).where(inArray(media.id, unique)).all().map((r) => r.id));
  return unique.filter((id) => !found.has(id));
}

/** An image a story shows that has no alt text in the language being published. */
export type ImageMissingAlt = { mediaId: number; originalName: string; sha256: string; width: number; height: number; variants: MediaVariant[] };

/**
 * The images among `ids` without alt text in `locale` (blank counts as none), in the order given:
 * a story may not go public in a language with an image its readers cannot have described.
 */
export function imagesMissingAlt(db: DbLike, ids: readonly number[], locale: ContentLocale): ImageMissingAlt[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = db
    .select({ mediaId: media.id, originalName: media.originalName, sha256: media.sha256, width: media.width, height: media.height, variants: media.variants, alt: mediaTranslations.alt })
    .from(media)
    .leftJoin(mediaTranslations, and(eq(mediaTranslations.mediaId, media.id), eq(mediaTranslations.locale, locale)))
    .where(and(inArray(media.id, unique), sql`trim(coalesce(${mediaTranslations.alt}, '')) = ''`))
    .all();
  const byId = new Map(rows.map(({ alt: _alt, ...r }) => [r.mediaId, r]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}

/** A revision's snapshot without the images deleted from the library since it was saved. */
export function withoutDeletedMedia(db: DbLike, snapshot: TranslationSnapshot): TranslationSnapshot {
  const hero = snapshot.shared?.heroMediaId;
  const gone = new Set(missingMediaIds(db, [...bodyMediaIds(snapshot.body), ...(hero ? [hero] : [])]));
  if (gone.size === 0) return snapshot;
  return {
    ...snapshot,
    body: withoutImages(snapshot.body, (id) => !gone.has(id)),
    ...(snapshot.shared ? { shared: { ...snapshot.shared, heroMediaId: hero && gone.has(hero) ? null : hero } } : {}),
  };
}

/**
 * The languages in which a published or scheduled story shows this image (as its hero or in its
 * text): there its alt text may not be taken away, or a page would go out without it.
 */
export function localesPublishingMedia(db: DbLike, mediaId: number): ContentLocale[] {
  const hero = db
    .selectDistinct({ locale: translationPublications.locale })
    .from(translationPublications)
    .where(eq(translationPublications.heroMediaId, mediaId))
    .all();
  const body = db
    .selectDistinct({ locale: translationPublications.locale })
    .from(publicationMedia)
    .innerJoin(translationPublications, eq(translationPublications.translationId, publicationMedia.translationId))
    .where(eq(publicationMedia.mediaId, mediaId))
    .all();
  return [...new Set([...hero, ...body].map((r) => r.locale))].sort();
}
