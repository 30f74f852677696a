import 'server-only';
import { revalidatePath } from 'next/cache';

/** The admin's list and edit pages and the public resources page, in both locales. */
export function revalidateDocumentPages(): void {
  revalidatePath('/[locale]/admin/documents', 'page');
  revalidatePath('/[locale]/admin/documents/[id]', 'page');
  revalidatePath('/[locale]/resources', 'page');
}
