import 'server-only';
import { revalidatePath } from 'next/cache';
import { revalidateStoriesLinkingDocument } from '../revalidate';

/**
 * The admin's list and edit pages, the public resources page and the country pages (each lists
 * its country's documents), in both locales; given the document that changed, the story pages
 * that link it too (their cards show its title and files).
 */
export function revalidateDocumentPages(documentId?: number): void {
  revalidatePath('/[locale]/admin/documents', 'page');
  revalidatePath('/[locale]/admin/documents/[id]', 'page');
  revalidatePath('/[locale]/resources', 'page');
  revalidatePath('/[locale]/(public)/countries/[slug]', 'page');
  if (documentId !== undefined) revalidateStoriesLinkingDocument(documentId);
}
