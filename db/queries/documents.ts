import 'server-only';
import { and, asc, count, desc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DocumentSummary } from '@/lib/documents/summary';
import { documentFileUrl } from '@/lib/documents/urls';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { documentCountries, documents, documentTranslations, LOCALES, type ContentLocale, type DocumentType } from '../schema';
import { containsText } from './text-match';
import { findDocumentUsages, type DocumentUsage } from './document-usage';

export const RESOURCES_PAGE_SIZE = 10;
export const ADMIN_DOCUMENTS_PAGE_SIZE = 25;

export type DocumentFilters = {
  type?: DocumentType;
  country?: string;
  year?: number;
  /** Words in a title, a description or a file name, in either language (the admin's search). */
  q?: string;
};

export type DocumentFileInfo = {
  /** Public, cacheable for ever (names the content's hash). */
  url: string;
  sha256: string;
  bytes: number;
  pages: number | null;
  originalName: string;
  uploadedAt: Date;
};

export type DocumentLanguage = { title: string; description: string; file: DocumentFileInfo | null };

export type DocumentItem = {
  id: number;
  type: DocumentType;
  year: number;
  countries: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  languages: Record<ContentLocale, DocumentLanguage>;
};

function filtersWhere(db: DbLike, f: DocumentFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.type) conditions.push(eq(documents.type, f.type));
  if (f.year !== undefined) conditions.push(eq(documents.year, f.year));
  if (f.country) {
    conditions.push(
      exists(db.select({ one: sql`1` }).from(documentCountries).where(and(eq(documentCountries.documentId, documents.id), eq(documentCountries.countryCode, f.country)))),
    );
  }
  const q = f.q?.trim();
  if (q) {
    const t = documentTranslations;
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t)
          .where(
            and(
              eq(t.documentId, documents.id),
              or(containsText(t.title, q), containsText(t.description, q), containsText(t.fileOriginalName, q)),
            ),
          ),
      ),
    );
  }
  return conditions.length ? and(...conditions) : undefined;
}

const EMPTY_LANGUAGE: DocumentLanguage = { title: '', description: '', file: null };

/** The rows of these documents' languages and countries, folded into items in the given order. */
function withDetails(db: DbLike, rows: Omit<DocumentItem, 'countries' | 'languages'>[]): DocumentItem[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const languages = db.select().from(documentTranslations).where(inArray(documentTranslations.documentId, ids)).all();
  const countries = db.select().from(documentCountries).where(inArray(documentCountries.documentId, ids)).orderBy(asc(documentCountries.countryCode)).all();
  return rows.map((row) => {
    const byLocale = Object.fromEntries(LOCALES.map((l) => [l, { ...EMPTY_LANGUAGE }])) as Record<ContentLocale, DocumentLanguage>;
    for (const t of languages) {
      if (t.documentId !== row.id) continue;
      byLocale[t.locale] = {
        title: t.title,
        description: t.description,
        file:
          t.fileSha256 && t.fileBytes !== null && t.fileOriginalName !== null && t.fileUploadedAt
            ? {
                url: documentFileUrl(row.id, t.locale, t.fileSha256),
                sha256: t.fileSha256,
                bytes: t.fileBytes,
                pages: t.filePages,
                originalName: t.fileOriginalName,
                uploadedAt: t.fileUploadedAt,
              }
            : null,
      };
    }
    return { ...row, countries: countries.filter((c) => c.documentId === row.id).map((c) => c.countryCode), languages: byLocale };
  });
}

const columns = {
  id: documents.id,
  type: documents.type,
  year: documents.year,
  version: documents.version,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
};

/**
 * One page of documents matching the filters: for the public list newest year first, for the
 * admin most recently changed first. A page past the last gives the last page.
 */
export function listDocuments(
  filters: DocumentFilters,
  { page = 1, pageSize = RESOURCES_PAGE_SIZE, order = 'year' }: { page?: number; pageSize?: number; order?: 'year' | 'updated' } = {},
  db: DbLike = getDb(),
): { items: DocumentItem[]; total: number; page: number; pageCount: number } {
  const where = filtersWhere(db, filters);
  const total = db.select({ n: count() }).from(documents).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const orderBy = order === 'year' ? [desc(documents.year), desc(documents.createdAt), desc(documents.id)] : [desc(documents.updatedAt), desc(documents.id)];
  const rows = db
    .select(columns)
    .from(documents)
    .where(where)
    .orderBy(...orderBy)
    .limit(pageSize)
    .offset((current - 1) * pageSize)
    .all();
  return { items: withDetails(db, rows), total, page: current, pageCount };
}

/** The countries and years some document has: what the filters offer. */
export function listDocumentFilterOptions(db: DbLike = getDb()): { countries: string[]; years: number[] } {
  return {
    countries: db
      .selectDistinct({ code: documentCountries.countryCode })
      .from(documentCountries)
      .orderBy(asc(documentCountries.countryCode))
      .all()
      .map((r) => r.code),
    years: db
      .selectDistinct({ year: documents.year })
      .from(documents)
      .orderBy(desc(documents.year))
      .all()
      .map((r) => r.year),
  };
}

export function getDocument(id: number, db: DbLike = getDb()): (DocumentItem & { usages: DocumentUsage[] }) | undefined {
  const row = db.select(columns).from(documents).where(eq(documents.id, id)).get();
  if (!row) return undefined;
  const [item] = withDetails(db, [row]);
  return item && { ...item, usages: findDocumentUsages(db, id) };
}

/** What the file route serves: one language's file of an existing document, and its title there. */
export function getDocumentFile(documentId: number, locale: ContentLocale, db: DbLike = getDb()): { sha256: string; bytes: number; title: string } | undefined {
  const row = db
    .select({ sha256: documentTranslations.fileSha256, bytes: documentTranslations.fileBytes, title: documentTranslations.title })
    .from(documentTranslations)
    .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.locale, locale)))
    .get();
  return row?.sha256 && row.bytes !== null ? { sha256: row.sha256, bytes: row.bytes, title: row.title } : undefined;
}

/** A document as another page links it: its title in one language and each language's file. */
export type DocumentLink = {
  id: number;
  type: DocumentType;
  year: number;
  /** In the requested locale (every document has a title in both). */
  title: string;
  /** The requested locale's file when there is one, else null: link `files` in another language then. */
  file: { url: string; bytes: number; pages: number | null } | null;
  /** Per language that has a file: its title there and its file, for "also in English" links. */
  files: Partial<Record<ContentLocale, { title: string; url: string; bytes: number; pages: number | null }>>;
};

/**
 * Links to documents for other features (a story's or an event's related documents), in the
 * order of `ids`; ids of documents that no longer exist are skipped.
 */
export function getDocumentLinks(db: DbLike, ids: readonly number[], locale: ContentLocale): DocumentLink[] {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (unique.length === 0) return [];
  const rows = db.select(columns).from(documents).where(inArray(documents.id, unique)).all();
  const byId = new Map(withDetails(db, rows).map((item) => [item.id, item]));
  return unique.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const files: DocumentLink['files'] = {};
    for (const l of LOCALES) {
      const f = item.languages[l].file;
      if (f) files[l] = { title: item.languages[l].title, url: f.url, bytes: f.bytes, pages: f.pages };
    }
    const own = files[locale];
    return [{ id, type: item.type, year: item.year, title: item.languages[locale].title, file: own ? { url: own.url, bytes: own.bytes, pages: own.pages } : null, files }];
  });
}

function toSummary(item: DocumentItem): DocumentSummary {
  return {
    id: item.id,
    type: item.type,
    year: item.year,
    title: { en: item.languages.en.title, ru: item.languages.ru.title },
    fileLocales: LOCALES.filter((l) => item.languages[l].file),
  };
}

/** These documents as the story editor names them, in the order of `ids`; deleted ones are skipped. */
export function getDocumentSummaries(ids: readonly number[], db: DbLike = getDb()): DocumentSummary[] {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (unique.length === 0) return [];
  const byId = new Map(withDetails(db, db.select(columns).from(documents).where(inArray(documents.id, unique)).all()).map((item) => [item.id, item]));
  return unique.flatMap((id) => {
    const item = byId.get(id);
    return item ? [toSummary(item)] : [];
  });
}

/**
 * The story editor's document picker: the documents whose title in `locale` (the language being
 * edited) contains `q`, or all when there is none, newest year first; at most `limit`.
 */
export function searchDocumentSummaries(q: string | undefined, locale: ContentLocale, limit: number, db: DbLike = getDb()): DocumentSummary[] {
  const t = documentTranslations;
  const words = q?.trim();
  const where = words
    ? exists(
        db
          .select({ one: sql`1` })
          .from(t)
          .where(and(eq(t.documentId, documents.id), eq(t.locale, locale), containsText(t.title, words))),
      )
    : undefined;
  const rows = db
    .select(columns)
    .from(documents)
    .where(where)
    .orderBy(desc(documents.year), desc(documents.createdAt), desc(documents.id))
    .limit(limit)
    .all();
  return withDetails(db, rows).map(toSummary);
}
