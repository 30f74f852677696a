import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { entryType, sectionPagePath } from '@/lib/entry-types';
import { plainText } from '@/lib/rich-text';
import { matchExpression, queryStems, snippet, type Snippet, type SnippetPart } from '@/lib/search/stems';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { ENTRY_TYPES, documentTranslations, entries, searchEntries, translationPublications, type ContentLocale, type DocumentType, type EntryType, type SearchKind, type StoryKind } from '../schema';
import { getDocumentLinks, type DocumentLink } from './documents';
import { sectionFrontId } from './pages';

export const SEARCH_PAGE_SIZE = 10;
/** Longer queries are cut (the words past MAX_QUERY_WORDS are ignored anyway). */
export const MAX_QUERY_LENGTH = 200;

type Common = { title: SnippetPart[]; snippet: Snippet };
export type SearchHit =
  /** A published entry (a story, a page…); `path` is its public page. */
  | (Common & { kind: 'story'; id: number; entryType: EntryType; storyKind: StoryKind; slug: string; path: string; publishedAt: Date })
  | (Common & { kind: 'document'; id: number; documentType: DocumentType; year: number; link: DocumentLink });

export type SearchResult = { query: string; stems: string[]; items: SearchHit[]; total: number; page: number; pageCount: number };

/** Title words matching the query marked, like the snippet's. */
function markTitle(title: string, stems: readonly string[]): SnippetPart[] {
  return snippet(title, stems, Number.MAX_SAFE_INTEGER).parts;
}

/**
 * The public search of one language: published entries — stories, pages — (live now: a scheduled one counts once
 * its time has come) and documents, whose text has every word of the query in some form, best
 * first (a word in the title weighs more), one page of them with highlighted snippets.
 */
export function searchSite(locale: Locale, rawQuery: string, page = 1, pageSize = SEARCH_PAGE_SIZE, db: DbLike = getDb(), now = new Date()): SearchResult {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  const stems = queryStems(query);
  const match = matchExpression(stems);
  const empty = { query, stems, items: [], total: 0, page, pageCount: 1 };
  if (!match) return empty;
  // The language is a column of the index, and the query's words must be in the title or body:
  // all of it is answered inside FTS5, with no join per matching text.
  const expression = `lang : "${locale}" AND {title body} : (${match})`;
  // A scheduled copy is indexed already but not public before its time: such copies are few, found
  // through the publications' list index (type, locale, published_at: every type named, so the
  // index is probed once per type instead of the whole table read), and left out of the matches.
  // Two steps, each on its index: joined in one query, SQLite's planner read every search entry.
  const scheduled = db
    .select({ id: translationPublications.translationId })
    .from(translationPublications)
    .where(and(inArray(translationPublications.type, ENTRY_TYPES), eq(translationPublications.locale, locale), gt(translationPublications.publishedAt, now)))
    .all()
    .map((r) => r.id);
  const notYet = scheduled.length
    ? db
        .select({ id: searchEntries.id })
        .from(searchEntries)
        .where(and(eq(searchEntries.kind, 'story'), inArray(searchEntries.refId, scheduled), eq(searchEntries.locale, locale)))
        .all()
        .map((r) => r.id)
    : [];
  const live = notYet.length > 0 ? sql` AND search_fts.rowid NOT IN (${sql.join(notYet.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ${expression}${live}`)?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0 || page > pageCount) return { ...empty, total, pageCount };
  const rows = db.all<{ kind: SearchKind; refId: number }>(
    sql`SELECT e.kind AS kind, e.ref_id AS refId
        FROM (SELECT rowid AS id, bm25(search_fts, 4.0, 1.0, 0.0) AS score FROM search_fts WHERE search_fts MATCH ${expression}${live}
              ORDER BY score, rowid DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) AS hits
        JOIN search_entries e ON e.id = hits.id
        ORDER BY hits.score, hits.id DESC`,
  );
  const items = hydrate(db, locale, rows, stems);
  return { query, stems, items, total, page, pageCount };
}

function hydrate(db: DbLike, locale: ContentLocale, rows: { kind: SearchKind; refId: number }[], stems: string[]): SearchHit[] {
  const storyIds = rows.filter((r) => r.kind === 'story').map((r) => r.refId);
  const documentIds = rows.filter((r) => r.kind === 'document').map((r) => r.refId);
  const storyRows = storyIds.length
    ? db
        .select({
          translationId: translationPublications.translationId,
          storyId: translationPublications.entryId,
          storyKind: entries.kind,
          entryType: entries.type,
          title: translationPublications.title,
          slug: translationPublications.slug,
          summary: translationPublications.summary,
          body: translationPublications.body,
          publishedAt: translationPublications.publishedAt,
        })
        .from(translationPublications)
        .innerJoin(entries, eq(entries.id, translationPublications.entryId))
        .where(inArray(translationPublications.translationId, storyIds))
        .all()
    : [];
  const storyById = new Map(storyRows.map((r) => [r.translationId, r]));
  const frontId = storyRows.some((r) => r.entryType === 'page') ? sectionFrontId('almaty-process', db) : null;
  const links = new Map(getDocumentLinks(db, documentIds, locale).map((l) => [l.id, l]));
  const descriptions = new Map(
    documentIds.length
      ? db
          .select({ id: documentTranslations.documentId, description: documentTranslations.description })
          .from(documentTranslations)
          .where(and(inArray(documentTranslations.documentId, documentIds), eq(documentTranslations.locale, locale)))
          .all()
          .map((r) => [r.id, r.description])
      : [],
  );
  return rows.flatMap((row): SearchHit[] => {
    if (row.kind === 'story') {
      const s = storyById.get(row.refId);
      if (!s) return [];
      const text = `${s.summary}\n${plainText(s.body)}`;
      const path = s.entryType === 'page' ? sectionPagePath('almaty-process', locale, { slug: s.slug, isFront: s.storyId === frontId }) : entryType(s.entryType).publicPath(locale, s.slug);
      return [{ kind: 'story', id: s.storyId, entryType: s.entryType, storyKind: s.storyKind, slug: s.slug, path, publishedAt: s.publishedAt, title: markTitle(s.title, stems), snippet: snippet(text, stems) }];
    }
    const link = links.get(row.refId);
    if (!link) return [];
    return [{ kind: 'document', id: link.id, documentType: link.type, year: link.year, link, title: markTitle(link.title, stems), snippet: snippet(descriptions.get(link.id) ?? '', stems) }];
  });
}
