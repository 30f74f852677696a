import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { withKeyLocks } from '@/lib/key-lock';
import { documentFileKey, inspectPdf, type PdfError, type PdfLimits } from '@/lib/documents/pdf';
import type { Storage } from '@/lib/storage';
import type { Db, DbLike } from '../client';
import { findDocumentUsages, type DocumentUsage, type DocumentUsageCheck, DOCUMENT_USAGE_CHECKS } from '../queries/document-usage';
import { documentCountries, documents, documentTranslations, LOCALES, type ContentLocale, type DocumentType } from '../schema';
import { insertAuditEntry } from './audit';
import type { Actor } from './users';
import { indexDocument, removeDocument } from './search';

export type DocumentText = { title: string; description: string };

/** What an editor says about a document, the same in both languages' rows or per language. */
export type DocumentFields = {
  type: DocumentType;
  year: number;
  countries: string[];
  text: Record<ContentLocale, DocumentText>;
};

/** A file as uploaded: bytes and the name it had on the uploader's computer. */
export type IncomingFile = { bytes: Uint8Array; originalName: string };

/** A file that passed inspection, ready to store and record. */
export type CheckedFile = { originalName: string; sha256: string; bytes: number; pages: number | null; data: Uint8Array };

export type FileErrors = Partial<Record<ContentLocale, PdfError>>;

/** Inspects each language's file by its bytes; every refusal is reported, per language. */
export function checkDocumentFiles(
  files: Partial<Record<ContentLocale, IncomingFile>>,
  limits: PdfLimits,
): { ok: true; files: Partial<Record<ContentLocale, CheckedFile>> } | { ok: false; errors: FileErrors } {
  const checked: Partial<Record<ContentLocale, CheckedFile>> = {};
  const errors: FileErrors = {};
  for (const locale of LOCALES) {
    const file = files[locale];
    if (!file) continue;
    const result = inspectPdf(file.bytes, limits);
    if (result.ok) checked[locale] = { originalName: file.originalName, ...result.pdf, data: file.bytes };
    else errors[locale] = result.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, files: checked };
}

/** True when some document's language still points at this file. */
export function isDocumentFileUsed(db: DbLike, sha256: string): boolean {
  return db.select({ one: documentTranslations.documentId }).from(documentTranslations).where(eq(documentTranslations.fileSha256, sha256)).limit(1).get() !== undefined;
}

/** Removes each file no row points at. Call holding the files' locks. */
async function removeUnused(db: Db, storage: Storage, shas: readonly string[]): Promise<void> {
  for (const sha256 of new Set(shas)) if (!isDocumentFileUsed(db, sha256)) await storage.delete(documentFileKey(sha256));
}

/** Frees files a committed change stopped pointing at, each under its own lock. */
async function releaseFiles(db: Db, storage: Storage, shas: readonly string[]): Promise<void> {
  for (const sha256 of new Set(shas)) await withKeyLocks([documentFileKey(sha256)], () => removeUnused(db, storage, [sha256]));
}

/**
 * Stores new files, then runs the one synchronous transaction that records them. Under a lock per
 * file, so no other upload or removal of the same content interleaves: whatever the transaction
 * does — commits, refuses, throws — afterwards every new file no row points at is removed again,
 * so a failure leaves neither a row nor a file behind. The same content is stored once: a file
 * already in storage is not written again.
 */
async function withNewFiles<R>(db: Db, storage: Storage, files: readonly CheckedFile[], record: () => R): Promise<R> {
  const shas = files.map((f) => f.sha256);
  return withKeyLocks(
    shas.map((sha) => documentFileKey(sha)),
    async () => {
      try {
        for (const file of files) {
          const key = documentFileKey(file.sha256);
          if (!(await storage.exists(key))) await storage.put(key, file.data);
        }
        return record();
      } finally {
        // After a commit these are all in use and nothing is removed. A failing removal must
        // not hide the error that brought us here.
        await removeUnused(db, storage, shas).catch((error) => console.error('Could not remove an unused document file', error));
      }
    },
  );
}

function fileColumns(file: Omit<CheckedFile, 'data'> | null, at: Date) {
  return file
    ? { fileSha256: file.sha256, fileBytes: file.bytes, fileOriginalName: file.originalName, filePages: file.pages, fileUploadedAt: at }
    : { fileSha256: null, fileBytes: null, fileOriginalName: null, filePages: null, fileUploadedAt: null };
}

function replaceCountries(tx: DbLike, documentId: number, countries: readonly string[]): void {
  tx.delete(documentCountries).where(eq(documentCountries.documentId, documentId)).run();
  const unique = [...new Set(countries)];
  if (unique.length) tx.insert(documentCountries).values(unique.map((countryCode) => ({ documentId, countryCode }))).run();
}

/**
 * Records a document whose files are stored: the document, its countries, a row per language
 * and the audit entry. Call inside a transaction; at least one language must have a file.
 */
export function insertDocument(
  tx: DbLike,
  fields: DocumentFields,
  files: Partial<Record<ContentLocale, Omit<CheckedFile, 'data'>>>,
  actor: Actor,
  now = new Date(),
): number {
  if (!LOCALES.some((l) => files[l])) throw new Error('A document needs a file in at least one language');
  const { id } = tx
    .insert(documents)
    .values({ type: fields.type, year: fields.year, createdById: actor.id, updatedById: actor.id, createdAt: now, updatedAt: now })
    .returning({ id: documents.id })
    .get();
  replaceCountries(tx, id, fields.countries);
  for (const locale of LOCALES) {
    tx.insert(documentTranslations)
      .values({ documentId: id, locale, ...fields.text[locale], ...fileColumns(files[locale] ?? null, now) })
      .run();
  }
  insertAuditEntry(tx, {
    actorId: actor.id,
    action: 'document.create',
    entityType: 'document',
    entityId: id,
    detail: { type: fields.type, year: fields.year, files: Object.fromEntries(LOCALES.flatMap((l) => (files[l] ? [[l, files[l].sha256]] : []))) },
    ip: actor.ip,
  });
  indexDocument(tx, id);
  return id;
}

export type CreateDocumentResult =
  | { ok: true; documentId: number }
  | { ok: false; error: 'invalid_files'; fileErrors: FileErrors }
  | { ok: false; error: 'file_required' };

/** Checks the files by their bytes, stores them and records the document, or leaves nothing behind. */
export async function createDocument(
  db: Db,
  storage: Storage,
  input: DocumentFields & { files: Partial<Record<ContentLocale, IncomingFile>> },
  actor: Actor,
  limits: PdfLimits,
): Promise<CreateDocumentResult> {
  const checked = checkDocumentFiles(input.files, limits);
  if (!checked.ok) return { ok: false, error: 'invalid_files', fileErrors: checked.errors };
  const files = LOCALES.flatMap((l) => (checked.files[l] ? [checked.files[l]] : []));
  if (files.length === 0) return { ok: false, error: 'file_required' };
  const documentId = await withNewFiles(db, storage, files, () =>
    db.transaction((tx) => insertDocument(tx, input, checked.files, actor), { behavior: 'immediate' }),
  );
  return { ok: true, documentId };
}

export type UpdateDocumentResult = { ok: true; version: number } | { ok: false; error: 'not_found' | 'conflict' };

/**
 * Saves the type, year, countries and both languages' title and description. Refused when the
 * document changed since `baseVersion` (someone else saved meanwhile). Call inside a transaction.
 */
export function updateDocument(tx: DbLike, documentId: number, input: DocumentFields & { baseVersion: number }, actor: Actor): UpdateDocumentResult {
  const current = tx.select({ version: documents.version }).from(documents).where(eq(documents.id, documentId)).get();
  if (!current) return { ok: false, error: 'not_found' };
  if (current.version !== input.baseVersion) return { ok: false, error: 'conflict' };
  const version = current.version + 1;
  tx.update(documents)
    .set({ type: input.type, year: input.year, version, updatedById: actor.id, updatedAt: new Date() })
    .where(eq(documents.id, documentId))
    .run();
  replaceCountries(tx, documentId, input.countries);
  for (const locale of LOCALES) {
    tx.update(documentTranslations)
      .set(input.text[locale])
      .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
      .run();
  }
  insertAuditEntry(tx, { actorId: actor.id, action: 'document.update', entityType: 'document', entityId: documentId, detail: { type: input.type, year: input.year }, ip: actor.ip });
  indexDocument(tx, documentId);
  return { ok: true, version };
}

export type ReplaceDocumentFileResult = { ok: true } | { ok: false; error: 'not_found' } | { ok: false; error: 'invalid_file'; fileError: PdfError };

/**
 * Gives one language of a document a new file (or its first). The previous file is removed from
 * storage once nothing points at it; a refused or failed upload leaves everything as it was.
 */
export async function replaceDocumentFile(
  db: Db,
  storage: Storage,
  documentId: number,
  locale: ContentLocale,
  file: IncomingFile,
  actor: Actor,
  limits: PdfLimits,
): Promise<ReplaceDocumentFileResult> {
  const checked = checkDocumentFiles({ [locale]: file }, limits);
  if (!checked.ok) return { ok: false, error: 'invalid_file', fileError: checked.errors[locale] ?? 'not_pdf' };
  const incoming = checked.files[locale]!;
  const result = await withNewFiles(db, storage, [incoming], () =>
    db.transaction(
      (tx): { ok: true; previous: string | null } | { ok: false; error: 'not_found' } => {
        const row = tx
          .select({ previous: documentTranslations.fileSha256 })
          .from(documentTranslations)
          .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
          .get();
        if (!row) return { ok: false, error: 'not_found' };
        const now = new Date();
        tx.update(documentTranslations)
          .set(fileColumns(incoming, now))
          .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
          .run();
        tx.update(documents).set({ updatedById: actor.id, updatedAt: now }).where(eq(documents.id, documentId)).run();
        insertAuditEntry(tx, {
          actorId: actor.id,
          action: 'document.file_upload',
          entityType: 'document',
          entityId: documentId,
          detail: { locale, sha256: incoming.sha256, originalName: incoming.originalName, replaced: row.previous },
          ip: actor.ip,
        });
        return { ok: true, previous: row.previous };
      },
      { behavior: 'immediate' },
    ),
  );
  if (!result.ok) return result;
  if (result.previous && result.previous !== incoming.sha256) await releaseFiles(db, storage, [result.previous]);
  return { ok: true };
}

export type RemoveDocumentFileResult = { ok: true } | { ok: false; error: 'not_found' | 'no_file' | 'last_file' };

/** Takes one language's file off a document, as long as another language keeps one. */
export async function removeDocumentFile(db: Db, storage: Storage, documentId: number, locale: ContentLocale, actor: Actor): Promise<RemoveDocumentFileResult> {
  const result = db.transaction(
    (tx): { ok: true; previous: string } | { ok: false; error: 'not_found' | 'no_file' | 'last_file' } => {
      const row = tx
        .select({ previous: documentTranslations.fileSha256 })
        .from(documentTranslations)
        .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
        .get();
      if (!row) return { ok: false, error: 'not_found' };
      if (!row.previous) return { ok: false, error: 'no_file' };
      const other = tx
        .select({ one: documentTranslations.documentId })
        .from(documentTranslations)
        .where(and(eq(documentTranslations.documentId, documentId), ne(documentTranslations.locale, locale), isNotNull(documentTranslations.fileSha256)))
        .get();
      if (!other) return { ok: false, error: 'last_file' };
      const now = new Date();
      tx.update(documentTranslations)
        .set(fileColumns(null, now))
        .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
        .run();
      tx.update(documents).set({ updatedById: actor.id, updatedAt: now }).where(eq(documents.id, documentId)).run();
      insertAuditEntry(tx, { actorId: actor.id, action: 'document.file_remove', entityType: 'document', entityId: documentId, detail: { locale, sha256: row.previous }, ip: actor.ip });
      return { ok: true, previous: row.previous };
    },
    { behavior: 'immediate' },
  );
  if (!result.ok) return result;
  await releaseFiles(db, storage, [result.previous]);
  return { ok: true };
}

export type DeleteDocumentResult = { ok: true } | { ok: false; error: 'not_found' } | { ok: false; error: 'in_use'; usages: DocumentUsage[] };

/** Deletes a document nothing links to: its rows in one transaction, then the files nothing else uses. */
export async function deleteDocument(
  db: Db,
  storage: Storage,
  documentId: number,
  actor: Actor,
  checks: readonly DocumentUsageCheck[] = DOCUMENT_USAGE_CHECKS,
): Promise<DeleteDocumentResult> {
  const result = db.transaction(
    (tx): { ok: true; files: string[] } | Exclude<DeleteDocumentResult, { ok: true }> => {
      const exists = tx.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).get();
      if (!exists) return { ok: false, error: 'not_found' };
      const usages = findDocumentUsages(tx, documentId, checks);
      if (usages.length > 0) return { ok: false, error: 'in_use', usages };
      const rows = tx
        .select({ locale: documentTranslations.locale, title: documentTranslations.title, sha256: documentTranslations.fileSha256 })
        .from(documentTranslations)
        .where(eq(documentTranslations.documentId, documentId))
        .all();
      tx.delete(documents).where(eq(documents.id, documentId)).run();
      removeDocument(tx, documentId);
      insertAuditEntry(tx, {
        actorId: actor.id,
        action: 'document.delete',
        entityType: 'document',
        entityId: documentId,
        detail: { titles: Object.fromEntries(rows.map((r) => [r.locale, r.title])) },
        ip: actor.ip,
      });
      return { ok: true, files: rows.flatMap((r) => (r.sha256 ? [r.sha256] : [])) };
    },
    { behavior: 'immediate' },
  );
  if (!result.ok) return result;
  // A file left by a crash here is unreferenced and harmless; a row without its file would not be.
  await releaseFiles(db, storage, result.files);
  return { ok: true };
}
