'use client';

import { createContext, useContext } from 'react';
import type { Locale } from '@/i18n/routing';
import type { DocumentSummary } from '@/lib/documents/summary';

export type StoryDocumentsContextValue = {
  /** What the editor knows of a document: loaded with the page, or picked since. */
  lookup: (documentId: number) => DocumentSummary | undefined;
  remember: (document: DocumentSummary) => void;
  /** The language of the version being edited: whose title it shows. */
  lang: Locale;
  /** The document's page in the library, for those who may edit it there. */
  documentHref: ((documentId: number) => string) | null;
  /** The library, to add what is not there yet (editors and admins). */
  libraryHref: string | null;
};

export const StoryDocumentsContext = createContext<StoryDocumentsContextValue>({
  lookup: () => undefined,
  remember: () => undefined,
  lang: 'en',
  documentHref: null,
  libraryHref: null,
});

export function useStoryDocuments(): StoryDocumentsContextValue {
  return useContext(StoryDocumentsContext);
}

/** 'en', 'ru', 'both' or 'none': which languages have a file, as the messages select on it. */
export function fileLanguages(document: DocumentSummary): string {
  return document.fileLocales.length > 1 ? 'both' : (document.fileLocales[0] ?? 'none');
}
