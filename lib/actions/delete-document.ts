'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { deleteDocument } from '@/db/mutations/documents';
import type { DocumentUsage } from '@/db/queries/document-usage';
import { defineAction, type ActionResult } from '../action';
import { revalidateDocumentPages } from '../documents/revalidate';
import { getUploadStorage } from '../storage';
import { deleteDocumentInputSchema } from '../validation/documents';

/** Deletes a document nothing links to, with its files; otherwise says where it is linked. */
export const deleteDocumentAction = defineAction<typeof deleteDocumentInputSchema, ActionResult<object, { usages: DocumentUsage[] }>>({
  roles: ['admin', 'editor'],
  schema: deleteDocumentInputSchema,
  handler: async ({ documentId, locale }, { user, ip }) => {
    const result = await deleteDocument(getDb(), getUploadStorage(), documentId, { id: user.id, ip });
    if (!result.ok) {
      if (result.error === 'in_use') return { ok: false, error: 'Errors.documentInUse', usages: result.usages };
      return { ok: false, error: 'Errors.documentNotFound' };
    }
    revalidateDocumentPages();
    // From the server, not the client: the deleted document's page must not render again first.
    redirect(`/${locale}/admin/documents?deleted=1`);
  },
});
