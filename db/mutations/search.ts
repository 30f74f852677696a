import { and, eq, sql } from 'drizzle-orm';
import { plainText } from '@/lib/rich-text';
import { stemmedText } from '@/lib/search/stems';
import type { DbLike } from '../client';
import { documentTranslations, searchEntries, translationPublications, type ContentLocale, type SearchKind } from '../schema';

/**
 * Keeps the public search in step with what is published: every write of a live copy or a
 * document calls these inside the same transaction, so the index never disagrees with the site.
 */

function upsertEntry(db: DbLike, kind: SearchKind, refId: number, locale: ContentLocale, title: string, body: string) {
  const existing = db
    .select({ id: searchEntries.id })
    .from(searchEntries)
    .where(and(eq(searchEntries.kind, kind), eq(searchEntries.refId, refId), eq(searchEntries.locale, locale)))
    .get();
  const id = existing?.id ?? db.insert(searchEntries).values({ kind, refId, locale }).returning({ id: searchEntries.id }).get().id;
  db.run(sql`DELETE FROM search_fts WHERE rowid = ${id}`);
  // `lang` is the text's language as a token: a query narrows to one language inside FTS5.
  db.run(sql`INSERT INTO search_fts (rowid, title, body, lang) VALUES (${id}, ${stemmedText(title)}, ${stemmedText(body)}, ${locale})`);
}

function removeEntries(db: DbLike, kind: SearchKind, refId: number) {
  const rows = db
    .delete(searchEntries)
    .where(and(eq(searchEntries.kind, kind), eq(searchEntries.refId, refId)))
    .returning({ id: searchEntries.id })
    .all();
  // FTS5 is not Drizzle's: plain SQL for it.
  for (const row of rows) db.run(sql`DELETE FROM search_fts WHERE rowid = ${row.id}`);
}

/** A story's live copy in one language, as published (or scheduled: the query checks the time). */
export function indexStoryPublication(db: DbLike, translationId: number): void {
  const row = db
    .select({ locale: translationPublications.locale, title: translationPublications.title, summary: translationPublications.summary, body: translationPublications.body, dateline: translationPublications.dateline })
    .from(translationPublications)
    .where(eq(translationPublications.translationId, translationId))
    .get();
  if (!row) return removeEntries(db, 'story', translationId);
  upsertEntry(db, 'story', translationId, row.locale, row.title, [row.summary, row.dateline, plainText(row.body)].join('\n'));
}

export function removeStoryPublication(db: DbLike, translationId: number): void {
  removeEntries(db, 'story', translationId);
}

/** A document in each of its languages: its title and description there. */
export function indexDocument(db: DbLike, documentId: number): void {
  const rows = db
    .select({ locale: documentTranslations.locale, title: documentTranslations.title, description: documentTranslations.description })
    .from(documentTranslations)
    .where(eq(documentTranslations.documentId, documentId))
    .all();
  removeEntries(db, 'document', documentId);
  for (const row of rows) upsertEntry(db, 'document', documentId, row.locale, row.title, row.description);
}

export function removeDocument(db: DbLike, documentId: number): void {
  removeEntries(db, 'document', documentId);
}

/**
 * Builds the index afresh from what is published: for a database made before search existed (run
 * by `npm start`'s preparation when the index is empty) and after a restore.
 */
export function rebuildSearchIndex(db: DbLike): { stories: number; documents: number } {
  db.run(sql`DELETE FROM search_fts`);
  db.run(sql`DELETE FROM search_entries`); // all of it, on purpose
  const publications = db.select({ id: translationPublications.translationId }).from(translationPublications).all();
  for (const p of publications) indexStoryPublication(db, p.id);
  const documentIds = db.selectDistinct({ id: documentTranslations.documentId }).from(documentTranslations).all();
  for (const d of documentIds) indexDocument(db, d.id);
  return { stories: publications.length, documents: documentIds.length };
}

/** Fills an empty index from what is published (a database from before search, or restored from one). */
export function ensureSearchIndex(db: DbLike): boolean {
  const indexed = db.select({ id: searchEntries.id }).from(searchEntries).limit(1).get();
  const published = db.select({ id: translationPublications.translationId }).from(translationPublications).limit(1).get();
  const documented = db.select({ id: documentTranslations.documentId }).from(documentTranslations).limit(1).get();
  if (indexed || (!published && !documented)) return false;
  rebuildSearchIndex(db);
  return true;
}
