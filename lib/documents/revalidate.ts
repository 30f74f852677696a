import 'server-only';
import { revalidatePath } from 'next/cache';
import { revalidateStoriesLinkingDocument } from '../revalidate';

/**
 * The admin's list and edit pages, the public resources page, the Almaty Process's documents and
 * the country pages (each lists its country's documents), in both locales; given the document that
 * changed, the story pages that link it too (their cards show its title and files).
 */
export function revalidateDocumentPages(documentId?: number): void {
  revalidatePath('/[locale]/admin/documents', 'page');
  revalidatePath('/[locale]/admin/documents/[id]', 'page');
  revalidatePath('/[locale]/(public)/resources', 'page');
  // The Almaty Process's documents (its meeting documents) are a cached page of their own. A
  // pattern names the page's folders, route group included, or it matches no cached page.
  revalidatePath('/[locale]/(public)/almaty-process/documents', 'page');
  revalidatePath('/[locale]/(public)/countries/[slug]', 'page');
  if (documentId !== undefined) revalidateStoriesLinkingDocument(documentId);
}
