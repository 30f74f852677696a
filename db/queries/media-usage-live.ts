import { eq, inArray, or } from 'drizzle-orm';
import type { DbLike } from '../client';
import { publicationMedia, translationPublications } from '../schema';

/** The live (or scheduled) copies that show an image, as hero or in their text: the public pages to refresh when its words change. */
export function liveSlugsShowingMedia(db: DbLike, mediaId: number): string[] {
  const inBody = db.select({ id: publicationMedia.translationId }).from(publicationMedia).where(eq(publicationMedia.mediaId, mediaId));
  return db
    .selectDistinct({ slug: translationPublications.slug })
    .from(translationPublications)
    .where(or(eq(translationPublications.heroMediaId, mediaId), inArray(translationPublications.translationId, inBody)))
    .all()
    .map((r) => r.slug);
}
