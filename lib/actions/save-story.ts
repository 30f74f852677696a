'use server';

import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import type { DetailsError } from '@/db/mutations/entry-details';
import { saveTranslation } from '@/db/mutations/story-editing';
import { getTranslationAccess, getUserName } from '@/db/queries/admin-stories';
import type { TranslationSnapshot } from '@/db/schema';
import { defineAction, type ActionResult, type ErrorKey } from '../action';
import { groupStoryForm, saveStoryInputSchema } from '../validation/story';
import { canEditTranslation } from '../workflow';

/** A type's details the database refused: the field to mark and why. */
const DETAILS_ERRORS: Record<DetailsError, [string, ErrorKey]> = {
  invalidParent: ['shared.parentId', 'Errors.invalidParent'],
  countryTaken: ['shared.countryCode', 'Errors.countryTaken'],
  monthTaken: ['shared.issueMonth', 'Errors.monthTaken'],
};

export type ConflictView = { version: number; updatedAt: string; updatedByName: string | null; snapshot: TranslationSnapshot };
export type SaveStoryResult = ActionResult<{ version: number; slug: string; savedAt: string }, { conflict: ConflictView }>;

/** Saves a working copy (manual save or autosave); never publishes. */
export const saveStoryAction = defineAction<typeof saveStoryInputSchema, SaveStoryResult>({
  roles: ['admin', 'editor', 'translator'],
  schema: saveStoryInputSchema,
  prepare: groupStoryForm,
  handler(input, { user, ip }) {
    const access = getTranslationAccess(input.translationId);
    if (!access) return { ok: false, error: 'Errors.notFound' };
    if (!canEditTranslation(user.role, access.isSource)) return { ok: false, error: 'Errors.forbidden' };
    const now = new Date();
    const result = getDb().transaction((tx) => {
      const saved = saveTranslation(tx, {
        translationId: input.translationId,
        baseVersion: input.baseVersion,
        fields: input.fields,
        shared: access.isSource ? input.shared : undefined,
        note: input.note,
        autosave: input.autosave,
        minor: access.isSource && input.minor,
        actorId: user.id,
        now,
      });
      if (saved.ok) {
        insertAuditEntry(tx, {
          actorId: user.id,
          action: input.autosave ? 'translation.autosave' : 'translation.save',
          entityType: 'translation',
          entityId: input.translationId,
          detail: { version: saved.version, storyId: access.storyId, locale: access.locale, ...(saved.slug !== saved.previousSlug ? { slug: { from: saved.previousSlug, to: saved.slug } } : {}) },
          ip,
        });
      }
      return saved;
    });
    if (!result.ok) {
      if (result.error === 'conflict') {
        return {
          ok: false,
          error: 'Errors.conflict',
          conflict: {
            version: result.current.version,
            updatedAt: result.current.updatedAt.toISOString(),
            updatedByName: getUserName(result.current.updatedById),
            snapshot: result.current.snapshot,
          },
        };
      }
      if (result.error === 'slugTaken') return { ok: false, error: 'Errors.invalidInput', fieldErrors: { slug: 'Errors.slugTaken' } };
      if (result.error === 'mediaMissing') return { ok: false, error: 'Errors.imageGone' };
      if (result.error in DETAILS_ERRORS) {
        const [field, key] = DETAILS_ERRORS[result.error as DetailsError];
        const fieldErrors: Record<string, ErrorKey> = { [field]: key };
        return { ok: false, error: 'Errors.invalidInput', fieldErrors };
      }
      return { ok: false, error: 'Errors.notFound' };
    }
    // Nothing public changes on a save (only publishing copies the working copy out), and the
    // admin and preview pages render per request: no revalidation here.
    return { ok: true, version: result.version, slug: result.slug, savedAt: now.toISOString() };
  },
});
