'use server';

import { getDb } from '@/db';
import { updateMediaText } from '@/db/mutations/media';
import { defineAction, type ActionResult } from '../action';
import { revalidateMediaPages } from '../media/revalidate';
import { groupMediaForm, updateMediaInputSchema } from '../validation/media';

/** Per-locale alt text, caption and credit words, and the credit date. */
export const updateMediaAction = defineAction<typeof updateMediaInputSchema, ActionResult>({
  roles: ['admin', 'editor'],
  schema: updateMediaInputSchema,
  prepare: groupMediaForm,
  handler: ({ mediaId, creditDate, text }, { user, ip }) => {
    const result = getDb().transaction((tx) => updateMediaText(tx, mediaId, { creditDate, text }, { id: user.id, ip }));
    if (!result.ok) {
      if (result.error === 'alt_required') {
        return { ok: false, error: 'Errors.invalidInput', fieldErrors: Object.fromEntries(result.locales.map((l) => [`text.${l}.alt`, 'Errors.altRequiredPublished'])) };
      }
      return { ok: false, error: 'Errors.mediaNotFound' };
    }
    revalidateMediaPages(mediaId);
    return { ok: true };
  },
});
