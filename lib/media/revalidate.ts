import 'server-only';
import { revalidatePath } from 'next/cache';

/** The library and each image's page, in both locales. */
export function revalidateMediaPages(): void {
  revalidatePath('/[locale]/admin/media', 'page');
  revalidatePath('/[locale]/admin/media/[id]', 'page');
}
