'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { deleteDocumentAction } from '@/lib/actions/delete-document';
import { confirmOrCancel } from './action-button';
import { FormError } from './form-feedback';

/** Deletes the document (the server then sends us back to the list); if something links to it, says where. */
export function DeleteDocumentButton({ documentId, locale }: { documentId: number; locale: 'en' | 'ru' }) {
  const t = useTranslations('Documents');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(deleteDocumentAction, null);
  return (
    <form action={formAction} onSubmit={(e) => confirmOrCancel(e, t('confirmDelete'))} className="space-y-2">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok ? (
        <FormError>
          {te(state.error)}
          {'usages' in state && state.usages?.length ? (
            <span className="mt-1 block">{state.usages.map((u) => t('usedIn', { kind: u.kind, title: u.title })).join('; ')}</span>
          ) : null}
        </FormError>
      ) : null}
      <button type="submit" disabled={pending} className="rounded border border-red-800 px-3 py-1.5 font-semibold text-red-800 disabled:opacity-70">
        {t('delete')}
      </button>
    </form>
  );
}
