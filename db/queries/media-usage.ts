import type { DbLike } from '../client';
import type { ContentLocale } from '../schema';
import { storyMediaUsages } from './story-media-usage';

/** Where an image is used, said in a way the admin can link to. */
export type MediaUsage = {
  kind: 'story';
  id: number;
  title: string;
  /** As the story's hero image (the working choice or a published copy's). */
  hero?: boolean;
  /** The language versions whose text shows it (working or published copy). */
  bodyLocales?: ContentLocale[];
};

/** Each feature that can show an image (story hero, story body, events…) answers for its own references. */
export type MediaUsageCheck = (db: DbLike, mediaId: number) => MediaUsage[];

/**
 * What may hold on to an image. The media library refuses to delete an image any of these
 * report, and says where it is used.
 */
export const MEDIA_USAGE_CHECKS: readonly MediaUsageCheck[] = [storyMediaUsages];

export function findMediaUsages(db: DbLike, mediaId: number, checks: readonly MediaUsageCheck[] = MEDIA_USAGE_CHECKS): MediaUsage[] {
  return checks.flatMap((check) => check(db, mediaId));
}
