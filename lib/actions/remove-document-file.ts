'use server';

import { getDb } from '@/db';
import { removeDocumentFile } from '@/db/mutations/documents';
import { defineAction, type ActionResult } from '../action';
import { revalidateDocumentPages } from '../documents/revalidate';
import { getUploadStorage } from '../storage';
import { documentFileInputSchema } from '../validation/documents';

/** Takes one language's PDF off a document, unless it is the document's only file. */
export const removeDocumentFileAction = defineAction<typeof documentFileInputSchema, ActionResult>({
  roles: ['admin', 'editor'],
  schema: documentFileInputSchema,
  handler: async ({ documentId, locale }, { user, ip }) => {
    const result = await removeDocumentFile(getDb(), getUploadStorage(), documentId, locale, { id: user.id, ip });
    if (!result.ok) return { ok: false, error: result.error === 'last_file' ? 'Errors.documentLastFile' : 'Errors.documentNotFound' };
    revalidateDocumentPages(documentId);
    return { ok: true };
  },
});
