'use server';

import { getDb } from '@/db';
import { deleteDocument } from '@/db/mutations/documents';
import type { DocumentUsage } from '@/db/queries/document-usage';
import { defineAction, type ActionResult } from '../action';
import { revalidateDocumentPages } from '../documents/revalidate';
import { getUploadStorage } from '../storage';
import { documentIdInputSchema } from '../validation/documents';

/** Deletes a document nothing links to, with its files; otherwise says where it is linked. */
export const deleteDocumentAction = defineAction<typeof documentIdInputSchema, ActionResult<object, { usages: DocumentUsage[] }>>({
  roles: ['admin', 'editor'],
  schema: documentIdInputSchema,
  handler: async ({ documentId }, { user, ip }) => {
    const result = await deleteDocument(getDb(), getUploadStorage(), documentId, { id: user.id, ip });
    if (!result.ok) {
      if (result.error === 'in_use') return { ok: false, error: 'Errors.documentInUse', usages: result.usages };
      return { ok: false, error: 'Errors.documentNotFound' };
    }
    revalidateDocumentPages();
    return { ok: true };
  },
});
