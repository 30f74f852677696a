'use server';

import { getDb } from '@/db';
import { updateDocument } from '@/db/mutations/documents';
import { defineAction, type ActionResult } from '../action';
import { revalidateDocumentPages } from '../documents/revalidate';
import { groupDocumentForm, updateDocumentInputSchema } from '../validation/documents';

/** Type, year, countries, and each language's title and description; refused if someone saved meanwhile. */
export const updateDocumentAction = defineAction<typeof updateDocumentInputSchema, ActionResult<{ version: number }>>({
  roles: ['admin', 'editor'],
  schema: updateDocumentInputSchema,
  prepare: groupDocumentForm,
  handler: ({ documentId, baseVersion, ...fields }, { user, ip }) => {
    const result = getDb().transaction((tx) => updateDocument(tx, documentId, { ...fields, baseVersion }, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: result.error === 'conflict' ? 'Errors.documentConflict' : 'Errors.documentNotFound' };
    revalidateDocumentPages(documentId);
    return { ok: true, version: result.version };
  },
});
