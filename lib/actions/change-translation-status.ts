'use server';

import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { applyTransition } from '@/db/mutations/story-editing';
import { getTranslationAccess } from '@/db/queries/admin-stories';
import type { MediaVariant } from '@/db/schema';
import { defineAction, type ActionResult } from '../action';
import { revalidateEntryPaths } from '../revalidate';
import { changeStatusInputSchema } from '../validation/story';
import { canEditTranslation } from '../workflow';

const ERRORS = {
  notFound: 'Errors.notFound',
  invalidTransition: 'Errors.invalidTransition',
  scheduleInPast: 'Errors.scheduleInPast',
  slugTaken: 'Errors.slugTaken',
} as const;

/** An image that needs alt text before the translation can go out: enough to show and find it. */
export type MissingAltImage = { mediaId: number; name: string; sha256: string; width: number; height: number; variants: MediaVariant[] };

/** Submit, withdraw, publish, schedule, unschedule, unpublish, archive, unarchive. */
export const changeTranslationStatusAction = defineAction<typeof changeStatusInputSchema, ActionResult<{ status: string }, { missingAlt: MissingAltImage[] }>>({
  roles: ['admin', 'editor', 'translator'],
  schema: changeStatusInputSchema,
  handler(input, { user, ip }) {
    const access = getTranslationAccess(input.translationId);
    if (!access) return { ok: false, error: 'Errors.notFound' };
    if (!canEditTranslation(user.role, access.isSource)) return { ok: false, error: 'Errors.forbidden' };
    const result = getDb().transaction((tx) => {
      const applied = applyTransition(tx, { translationId: input.translationId, transition: input.transition, role: user.role, at: input.at });
      if (applied.ok) {
        insertAuditEntry(tx, {
          actorId: user.id,
          action: `translation.${input.transition}`,
          entityType: 'translation',
          entityId: input.translationId,
          detail: { storyId: access.storyId, locale: access.locale, status: applied.status, ...(input.at ? { at: input.at.toISOString() } : {}) },
          ip,
        });
      }
      return applied;
    });
    if (!result.ok) {
      if (result.error === 'missingAlt') {
        const missingAlt = result.images.map(({ mediaId, originalName, sha256, width, height, variants }) => ({ mediaId, name: originalName, sha256, width, height, variants }));
        return { ok: false, error: 'Errors.altTextMissing', missingAlt };
      }
      return { ok: false, error: ERRORS[result.error] };
    }
    revalidateEntryPaths(result.type, result.slugs);
    return { ok: true, status: result.status };
  },
});
