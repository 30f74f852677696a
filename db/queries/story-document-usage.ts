import { sql } from 'drizzle-orm';
import type { DbLike } from '../client';
import { entryTranslations, translationPublications } from '../schema';
import type { DocumentUsage } from './document-usage';
import { sourceTitles } from './story-media-usage';

/** A top-level block of `body` (a JSON column of `table`) is a document block naming `documentId`. */
function linksDocument(body: typeof entryTranslations.body | typeof translationPublications.body, documentId: number) {
  // Document blocks are top-level only (the body validation drops any other), so the top-level
  // array is all there is to look at.
  return sql`exists (select 1 from json_each(${body}, '$.content') as block
    where json_extract(block.value, '$.type') = 'document'
      and json_extract(block.value, '$.attrs.documentId') = ${documentId})`;
}

/**
 * Stories whose text links a document: in a language version's working copy, or in its live or
 * scheduled copy (translation_publications). Documents are deleted rarely, so this reads the
 * bodies (SQLite's json_each) rather than keeping an index table in step on every save.
 */
export function storyDocumentUsages(db: DbLike, documentId: number): DocumentUsage[] {
  const working = db.selectDistinct({ storyId: entryTranslations.entryId }).from(entryTranslations).where(linksDocument(entryTranslations.body, documentId)).all();
  const live = db
    .selectDistinct({ storyId: translationPublications.entryId })
    .from(translationPublications)
    .where(linksDocument(translationPublications.body, documentId))
    .all();
  const ids = [...new Set([...working, ...live].map((r) => r.storyId))].sort((a, b) => a - b);
  if (ids.length === 0) return [];
  const titles = sourceTitles(db, ids);
  return ids.map((id) => ({ kind: 'story' as const, id, title: titles.get(id) ?? `#${id}` }));
}

/** The live (or scheduled) copies whose text links a document: the public pages to refresh when it changes. */
export function liveSlugsLinkingDocument(db: DbLike, documentId: number): string[] {
  return db
    .selectDistinct({ slug: translationPublications.slug })
    .from(translationPublications)
    .where(linksDocument(translationPublications.body, documentId))
    .all()
    .map((r) => r.slug);
}
