import type { DbLike } from '../client';
import { storyDocumentUsages } from './story-document-usage';

/** Where a document is linked from, said in a way the admin can link to. */
export type DocumentUsage = { kind: 'story' | 'event'; id: number; title: string };

/** Each feature that can link a document (stories, events…) answers for its own references. */
export type DocumentUsageCheck = (db: DbLike, documentId: number) => DocumentUsage[];

/**
 * What may link a document: stories (document blocks in their text). Events plug in here when
 * they link documents (they can list a document's files through getDocumentLinks in
 * db/queries/documents.ts). Deleting a document is refused while any of these use it, saying where.
 */
export const DOCUMENT_USAGE_CHECKS: readonly DocumentUsageCheck[] = [storyDocumentUsages];

export function findDocumentUsages(db: DbLike, documentId: number, checks: readonly DocumentUsageCheck[] = DOCUMENT_USAGE_CHECKS): DocumentUsage[] {
  return checks.flatMap((check) => check(db, documentId));
}
