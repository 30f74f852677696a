'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent } from 'react';
import { updateDocumentAction } from '@/lib/actions/update-document';
import { DocumentFields, type DocumentFormOptions, type DocumentFormValues } from './document-fields';
import { FormError, FormStatus } from './form-feedback';

/**
 * Type, year, countries and both languages' words, saved together. Names the version it was
 * loaded at, so a save over someone else's newer one is refused instead of overwriting it.
 */
export function DocumentEditForm({ documentId, version, options, values }: { documentId: number; version: number; options: DocumentFormOptions; values: DocumentFormValues }) {
  const t = useTranslations('Documents');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(updateDocumentAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // The page re-renders with the new version after a save; until then the save's own answer says it.
  const baseVersion = Math.max(version, state?.ok ? state.version : 0);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // Submitted by hand, not through the form's `action`, so React does not reset what was typed.
    startTransition(() => formAction(form));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      {state?.ok ? <FormStatus>{t('saved')}</FormStatus> : null}
      {state && !state.ok ? <FormError>{te(state.error)}</FormError> : null}
      <DocumentFields options={options} values={values} error={(path) => (fieldErrors[path] ? te(fieldErrors[path]) : undefined)} />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:opacity-70">
        {t('save')}
      </button>
    </form>
  );
}
