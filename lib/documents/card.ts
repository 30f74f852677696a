import type { DocumentLink } from '@/db/queries/documents';
import { LOCALES, type DocumentType } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { formatBytes } from '@/lib/media/format-bytes';

/** A document block as the reader sees it: every string already in the reader's language. */
export type DocumentCardData = {
  /** The document's title in the reader's language (every document has one in each). */
  title: string;
  /** "Report · 2021". */
  meta: string;
  href: string;
  /** The language of the linked file: the reader's, or the other one when theirs is missing. */
  fileLocale: Locale;
  /** "PDF, 120 kB, 4 pages". */
  details: string;
  /** Set when the file is in another language than the reader's: "Available in English only". */
  note: string | null;
};

export type DocumentCardLabels = {
  type: (type: DocumentType) => string;
  details: (size: string, pages: number | null) => string;
  /** "Available in {language} only", for the language of the only file. */
  onlyIn: (fileLocale: Locale) => string;
};

/**
 * The card of a linked document in `locale`: that language's file, or where it has none the other
 * language's, said so. Null when the document has no file at all (nothing to link).
 */
export function documentCard(link: DocumentLink, locale: Locale, labels: DocumentCardLabels): DocumentCardData | null {
  const fileLocale = [locale, ...LOCALES.filter((l) => l !== locale)].find((l) => link.files[l]);
  const file = fileLocale ? link.files[fileLocale] : undefined;
  if (!fileLocale || !file) return null;
  return {
    title: link.title,
    meta: `${labels.type(link.type)} · ${link.year}`,
    href: file.url,
    fileLocale,
    details: labels.details(formatBytes(file.bytes, locale), file.pages),
    note: fileLocale === locale ? null : labels.onlyIn(fileLocale),
  };
}
