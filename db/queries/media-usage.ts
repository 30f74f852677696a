import type { DbLike } from '../client';

/** Where an image is used, said in a way the admin can link to. */
export type MediaUsage = { kind: 'story'; id: number; title: string };

/** Each feature that can show an image (story hero, story body, events…) answers for its own references. */
export type MediaUsageCheck = (db: DbLike, mediaId: number) => MediaUsage[];

/**
 * Nothing references images yet. The story hero and body plug in here when they do, and the
 * media library then refuses to delete what they use and says where.
 */
export const MEDIA_USAGE_CHECKS: readonly MediaUsageCheck[] = [];

export function findMediaUsages(db: DbLike, mediaId: number, checks: readonly MediaUsageCheck[] = MEDIA_USAGE_CHECKS): MediaUsage[] {
  return checks.flatMap((check) => check(db, mediaId));
}
