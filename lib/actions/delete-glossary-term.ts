'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { deleteGlossaryTerm } from '@/db/mutations/glossary';
import { defineAction, type ActionResult } from '../action';

const deleteGlossaryTermInputSchema = z.object({ id: z.coerce.number().int().positive() });

export const deleteGlossaryTermAction = defineAction<typeof deleteGlossaryTermInputSchema, ActionResult>({
  roles: ['admin', 'editor'],
  schema: deleteGlossaryTermInputSchema,
  handler(input, { user, ip }) {
    const deleted = getDb().transaction((tx) => {
      const done = deleteGlossaryTerm(tx, input.id);
      if (done) insertAuditEntry(tx, { actorId: user.id, action: 'glossary.delete', entityType: 'glossary_term', entityId: input.id, ip });
      return done;
    });
    if (!deleted) return { ok: false, error: 'Errors.notFound' };
    revalidatePath('/[locale]/admin/glossary', 'page');
    return { ok: true };
  },
});
