import 'server-only';
import { revalidatePath } from 'next/cache';
import { revalidateStoriesShowingMedia } from '../revalidate';

/** The library and each image's page, in both locales; given the image that changed, the story pages that show it. */
export function revalidateMediaPages(mediaId?: number): void {
  revalidatePath('/[locale]/admin/media', 'page');
  revalidatePath('/[locale]/admin/media/[id]', 'page');
  if (mediaId !== undefined) revalidateStoriesShowingMedia(mediaId);
}
