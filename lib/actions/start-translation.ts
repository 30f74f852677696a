'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { startTranslation } from '@/db/mutations/story-editing';
import { LOCALES } from '@/db/schema';
import { getEntryTypeOf } from '@/db/queries/admin-stories';
import { entryType } from '@/lib/entry-types';
import { defineAction, type ActionResult } from '../action';
import { createTranslationInputSchema } from '../validation/story';

/** Starts the other language's version of an entry, from a copy of the source. */
const startTranslationInputSchema = createTranslationInputSchema.extend({ uiLocale: z.enum(LOCALES), then: z.enum(['editor', 'workspace']).default('editor') });

export const startTranslationAction = defineAction<typeof startTranslationInputSchema, ActionResult>({
  roles: ['admin', 'editor', 'translator'],
  schema: startTranslationInputSchema,
  handler(input, { user, ip }) {
    const result = getDb().transaction((tx) => {
      const started = startTranslation(tx, { storyId: input.storyId, locale: input.locale, actorId: user.id });
      if (started.ok) {
        insertAuditEntry(tx, { actorId: user.id, action: 'translation.create', entityType: 'translation', entityId: started.translationId, detail: { storyId: input.storyId, locale: input.locale }, ip });
      }
      return started;
    });
    if (!result.ok && result.error === 'notFound') return { ok: false, error: 'Errors.notFound' };
    redirect(
      input.then === 'workspace'
        ? `/${input.uiLocale}/admin/translations/${input.storyId}/${input.locale}`
        : entryType(getEntryTypeOf(input.storyId) ?? 'story').editPath(input.uiLocale, input.storyId, input.locale),
    );
  },
});
