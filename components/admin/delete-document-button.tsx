'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { deleteDocumentAction } from '@/lib/actions/delete-document';
import { FormError } from './form-feedback';

/** Deletes the document and goes back to the list; if something links to it, says where. */
export function DeleteDocumentButton({ documentId, listHref }: { documentId: number; listHref: string }) {
  const t = useTranslations('Documents');
  const te = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(deleteDocumentAction, null);
  useEffect(() => {
    if (state?.ok) router.push(`${listHref}?deleted=1`);
  }, [state, router, listHref]);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="documentId" value={documentId} />
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
