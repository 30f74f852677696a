'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { markSourceChange } from '@/db/mutations/translation-sync';
import { getTranslationAccess } from '@/db/queries/admin-stories';
import { defineAction, type ActionResult } from '../action';
import { canEditTranslation } from '../workflow';

const markSourceChangeInputSchema = z.object({
  translationId: z.coerce.number().int().positive(),
  key: z.string().regex(/^(field:(?:fields\.)?[a-zA-Z]{1,40}|block:[A-Za-z0-9_#-]{1,64})$/),
  resolution: z.enum(['updated', 'no_change']),
});

/** A translator marks one change in the source as handled: updated, or no change needed. */
export const markSourceChangeAction = defineAction<typeof markSourceChangeInputSchema, ActionResult<{ inStep: boolean }>>({
  roles: ['admin', 'editor', 'translator'],
  schema: markSourceChangeInputSchema,
  handler(input, { user, ip }) {
    const access = getTranslationAccess(input.translationId);
    if (!access || access.isSource) return { ok: false, error: 'Errors.notFound' };
    if (!canEditTranslation(user.role, access.isSource)) return { ok: false, error: 'Errors.forbidden' };
    const result = getDb().transaction((tx) => {
      const marked = markSourceChange(tx, { translationId: input.translationId, key: input.key, resolution: input.resolution, actorId: user.id });
      if (marked.ok) {
        insertAuditEntry(tx, { actorId: user.id, action: 'translation.mark_change', entityType: 'translation', entityId: input.translationId, detail: { key: input.key, resolution: input.resolution }, ip });
        if (marked.inStep) insertAuditEntry(tx, { actorId: user.id, action: 'translation.in_step', entityType: 'translation', entityId: input.translationId, ip });
      }
      return marked;
    });
    if (!result.ok) return { ok: false, error: result.error === 'notAChange' ? 'Errors.sourceChangedAgain' : 'Errors.notFound' };
    return { ok: true, inStep: result.inStep };
  },
});
