'use server';

import { getDb } from '@/db';
import { deleteMedia } from '@/db/mutations/media';
import type { MediaUsage } from '@/db/queries/media-usage';
import { defineAction, type ActionResult } from '../action';
import { revalidateMediaPages } from '../media/revalidate';
import { getUploadStorage } from '../storage';
import { mediaIdInputSchema } from '../validation/media';

/** Deletes an image nothing uses; otherwise says where it is used. */
export const deleteMediaAction = defineAction<typeof mediaIdInputSchema, ActionResult<object, { usages: MediaUsage[] }>>({
  roles: ['admin', 'editor'],
  schema: mediaIdInputSchema,
  handler: async ({ mediaId }, { user, ip }) => {
    const result = await deleteMedia(getDb(), getUploadStorage(), mediaId, { id: user.id, ip });
    if (!result.ok) {
      if (result.error === 'in_use') return { ok: false, error: 'Errors.mediaInUse', usages: result.usages };
      return { ok: false, error: 'Errors.mediaNotFound' };
    }
    revalidateMediaPages();
    return { ok: true };
  },
});
