'use server';

import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { saveTranslation } from '@/db/mutations/story-editing';
import { withoutDeletedMedia } from '@/db/mutations/story-media';
import { getRevision, getTranslationAccess } from '@/db/queries/admin-stories';
import { defineAction, type ActionResult } from '../action';
import { restoreRevisionInputSchema } from '../validation/story';
import { canEditTranslation } from '../workflow';

/** Brings back an earlier revision as a new one; the history in between stays. */
export const restoreRevisionAction = defineAction<typeof restoreRevisionInputSchema, ActionResult<{ version: number }>>({
  roles: ['admin', 'editor'],
  schema: restoreRevisionInputSchema,
  handler(input, { user, ip }) {
    const access = getTranslationAccess(input.translationId);
    const revision = getRevision(input.translationId, input.revisionId);
    if (!access || !revision) return { ok: false, error: 'Errors.notFound' };
    if (!canEditTranslation(user.role, access.isSource)) return { ok: false, error: 'Errors.forbidden' };
    const result = getDb().transaction((tx) => {
      // An image deleted from the library since cannot come back: restore the rest.
      const s = withoutDeletedMedia(tx, revision.snapshot);
      const saved = saveTranslation(tx, {
        translationId: input.translationId,
        baseVersion: input.baseVersion,
        fields: {
          title: s.title,
          slug: s.slug,
          summary: s.summary,
          body: s.body,
          dateline: s.dateline,
          seoTitle: s.seoTitle,
          seoDescription: s.seoDescription,
          publishedAt: s.publishedAt ? new Date(s.publishedAt) : null,
        },
        shared: access.isSource ? s.shared : undefined,
        note: '',
        autosave: false,
        actorId: user.id,
        restoredFromVersion: revision.version,
      });
      if (saved.ok) {
        insertAuditEntry(tx, { actorId: user.id, action: 'translation.restore', entityType: 'translation', entityId: input.translationId, detail: { fromVersion: revision.version, version: saved.version }, ip });
      }
      return saved;
    });
    if (!result.ok) {
      if (result.error === 'conflict') return { ok: false, error: 'Errors.staleRestore' };
      if (result.error === 'slugTaken') return { ok: false, error: 'Errors.slugTaken' };
      return { ok: false, error: 'Errors.notFound' };
    }
    return { ok: true, version: result.version };
  },
});
