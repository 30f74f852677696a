import type { DbLike } from '../client';

/** Where a document is linked from, said in a way the admin can link to. */
export type DocumentUsage = { kind: 'story' | 'event'; id: number; title: string };

/** Each feature that can link a document (stories, events…) answers for its own references. */
export type DocumentUsageCheck = (db: DbLike, documentId: number) => DocumentUsage[];

/**
 * Nothing links documents yet. Stories and events plug in here when they do (they can list a
 * document's files through getDocumentLinks in db/queries/documents.ts), and deleting a document
 * is then refused while they use it, saying where.
 */
export const DOCUMENT_USAGE_CHECKS: readonly DocumentUsageCheck[] = [];

export function findDocumentUsages(db: DbLike, documentId: number, checks: readonly DocumentUsageCheck[] = DOCUMENT_USAGE_CHECKS): DocumentUsage[] {
  return checks.flatMap((check) => check(db, documentId));
}
