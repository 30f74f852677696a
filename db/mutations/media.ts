import { eq } from 'drizzle-orm';
import { processImage, variantKey, type ImageError, type ImageLimits, IMAGE_LIMITS } from '@/lib/media/image';
import type { Storage } from '@/lib/storage';
import type { Db, DbLike } from '../client';
import { findMediaUsages, type MediaUsage, type MediaUsageCheck, MEDIA_USAGE_CHECKS } from '../queries/media-usage';
import { LOCALES, media, mediaTranslations, type ContentLocale, type MediaVariant } from '../schema';
import { insertAuditEntry } from './audit';
import { localesPublishingMedia } from './story-media';
import type { Actor } from './users';

export type MediaText = { alt: string; caption: string; creditBy: string; creditPlace: string };

export type UploadImageInput = {
  bytes: Uint8Array;
  originalName: string;
  creditDate?: string | null;
  text?: Partial<Record<ContentLocale, Partial<MediaText>>>;
};

export type UploadImageResult = { ok: true; mediaId: number; duplicate: boolean } | { ok: false; error: ImageError };

/** Inserts the row of an image whose files are stored, with a text row per locale and the audit entry. Call inside a transaction. */
export function insertMedia(
  tx: DbLike,
  row: { sha256: string; mime: string; width: number; height: number; bytes: number; originalName: string; variants: MediaVariant[]; creditDate?: string | null },
  text: UploadImageInput['text'],
  actor: Actor,
): number {
  const { id } = tx
    .insert(media)
    .values({ ...row, creditDate: row.creditDate ?? null, createdById: actor.id })
    .returning({ id: media.id })
    .get();
  for (const locale of LOCALES) {
    tx.insert(mediaTranslations)
      .values({ mediaId: id, locale, alt: '', caption: '', creditBy: '', creditPlace: '', ...text?.[locale] })
      .run();
  }
  insertAuditEntry(tx, {
    actorId: actor.id,
    action: 'media.upload',
    entityType: 'media',
    entityId: id,
    detail: { sha256: row.sha256, originalName: row.originalName, mime: row.mime },
    ip: actor.ip,
  });
  return id;
}

function findBySha(db: DbLike, sha256: string): number | undefined {
  return db.select({ id: media.id }).from(media).where(eq(media.sha256, sha256)).get()?.id;
}

/**
 * Validates, resizes and stores an upload, then records it. The same bytes uploaded twice give
 * the first row back. If anything fails after files were written, the files written by this call
 * are removed again (unless a concurrent upload of the same bytes now owns them), so a failure
 * leaves neither a row nor a file behind.
 */
export async function uploadImage(db: Db, storage: Storage, input: UploadImageInput, actor: Actor, limits: ImageLimits = IMAGE_LIMITS): Promise<UploadImageResult> {
  const processed = await processImage(input.bytes, limits);
  if (!processed.ok) return processed;
  const image = processed.image;
  const existing = findBySha(db, image.sha256);
  if (existing !== undefined) return { ok: true, mediaId: existing, duplicate: true };

  const written: string[] = [];
  try {
    for (const variant of image.variants) {
      const key = variantKey(image.sha256, variant.width);
      await storage.put(key, variant.data);
      written.push(key);
    }
    const variants = image.variants.map(({ width, height, bytes }) => ({ width, height, bytes }));
    const mediaId = db.transaction(
      (tx) => {
        // A concurrent upload of the same bytes may have won the race while we were resizing.
        const raced = findBySha(tx, image.sha256);
        if (raced !== undefined) return raced;
        return insertMedia(
          tx,
          { sha256: image.sha256, mime: image.mime, width: image.width, height: image.height, bytes: image.bytes, originalName: input.originalName, variants, creditDate: input.creditDate },
          input.text,
          actor,
        );
      },
    );
    return { ok: true, mediaId, duplicate: false };
  } catch (error) {
    if (findBySha(db, image.sha256) === undefined) await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** Saves the per-locale words and the credit date of an image. Call inside a transaction. */
export function updateMediaText(
  tx: DbLike,
  mediaId: number,
  input: { creditDate: string | null; text: Record<ContentLocale, MediaText> },
  actor: Actor,
): { ok: true } | { ok: false; error: 'not_found' } | { ok: false; error: 'alt_required'; locales: ContentLocale[] } {
  // A published or scheduled story in a language keeps its images described in that language.
  const needAlt = localesPublishingMedia(tx, mediaId).filter((l) => input.text[l].alt.trim() === '');
  if (needAlt.length > 0) return { ok: false, error: 'alt_required', locales: needAlt };
  const updated = tx.update(media).set({ creditDate: input.creditDate, updatedAt: new Date() }).where(eq(media.id, mediaId)).returning({ id: media.id }).get();
  if (!updated) return { ok: false, error: 'not_found' };
  for (const locale of LOCALES) {
    tx.insert(mediaTranslations)
      .values({ mediaId, locale, ...input.text[locale] })
      .onConflictDoUpdate({ target: [mediaTranslations.mediaId, mediaTranslations.locale], set: input.text[locale] })
      .run();
  }
  insertAuditEntry(tx, { actorId: actor.id, action: 'media.update', entityType: 'media', entityId: mediaId, ip: actor.ip });
  return { ok: true };
}

export type DeleteMediaResult = { ok: true; keys: string[] } | { ok: false; error: 'not_found' } | { ok: false; error: 'in_use'; usages: MediaUsage[] };

/**
 * Deletes the row of an image nothing uses and returns the storage keys of its files, for the
 * caller to remove once the transaction has committed. Call inside a transaction.
 */
export function deleteMediaRow(tx: DbLike, mediaId: number, actor: Actor, checks: readonly MediaUsageCheck[] = MEDIA_USAGE_CHECKS): DeleteMediaResult {
  const row = tx.select({ sha256: media.sha256, variants: media.variants, originalName: media.originalName }).from(media).where(eq(media.id, mediaId)).get();
  if (!row) return { ok: false, error: 'not_found' };
  const usages = findMediaUsages(tx, mediaId, checks);
  if (usages.length > 0) return { ok: false, error: 'in_use', usages };
  tx.delete(media).where(eq(media.id, mediaId)).run();
  insertAuditEntry(tx, { actorId: actor.id, action: 'media.delete', entityType: 'media', entityId: mediaId, detail: { sha256: row.sha256, originalName: row.originalName }, ip: actor.ip });
  return { ok: true, keys: row.variants.map((v) => variantKey(row.sha256, v.width)) };
}

/** Deletes an unused image: the row in one transaction, then its files. */
export async function deleteMedia(db: Db, storage: Storage, mediaId: number, actor: Actor, checks?: readonly MediaUsageCheck[]): Promise<DeleteMediaResult> {
  const result = db.transaction((tx) => deleteMediaRow(tx, mediaId, actor, checks));
  // A file left by a crash here is unreferenced and harmless; a row without files would not be.
  if (result.ok) await Promise.all(result.keys.map((key) => storage.delete(key)));
  return result;
}
