'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { upsertGlossaryTerm } from '@/db/mutations/glossary';
import { defineAction, type ActionResult } from '../action';

const glossaryTermInputSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  en: z.string().trim().min(1, 'Errors.required').max(120, 'Errors.tooLong'),
  ru: z.string().trim().min(1, 'Errors.required').max(120, 'Errors.tooLong'),
  note: z.string().trim().max(300, 'Errors.tooLong').optional().default(''),
});

export const saveGlossaryTermAction = defineAction<typeof glossaryTermInputSchema, ActionResult>({
  roles: ['admin', 'editor'],
  schema: glossaryTermInputSchema,
  handler(input, { user, ip }) {
    const result = getDb().transaction((tx) => {
      const saved = upsertGlossaryTerm(tx, { ...input, actorId: user.id });
      if (saved.ok) insertAuditEntry(tx, { actorId: user.id, action: input.id ? 'glossary.update' : 'glossary.create', entityType: 'glossary_term', entityId: saved.id, detail: { en: input.en, ru: input.ru }, ip });
      return saved;
    });
    if (!result.ok) return result.error === 'exists' ? { ok: false, error: 'Errors.invalidInput', fieldErrors: { en: 'Errors.termExists' } } : { ok: false, error: 'Errors.notFound' };
    revalidatePath('/[locale]/admin/glossary', 'page');
    return { ok: true };
  },
});
