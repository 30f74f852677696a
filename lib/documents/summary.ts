import type { ContentLocale, DocumentType } from '@/db/schema';

/** What the story editor shows of a document (picker, document blocks, diffs): safe to send to the browser. */
export type DocumentSummary = {
  id: number;
  type: DocumentType;
  year: number;
  title: Record<ContentLocale, string>;
  /** The languages that have a file. */
  fileLocales: ContentLocale[];
};
