'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useId, useState } from 'react';
import type { ErrorKey } from '@/lib/action';
import { removeDocumentFileAction } from '@/lib/actions/remove-document-file';
import { FormError, FormStatus } from './form-feedback';

type UploadResponse = { ok: true } | { ok: false; error: ErrorKey };

/**
 * One language's file of a document: upload a first or a replacement PDF (with progress), or
 * remove it while another language keeps one. What the file is comes from the server, rendered.
 */
export function DocumentFileControl({
  documentId,
  locale,
  hasFile,
  canRemove,
  maxBytes,
  maxLabel,
}: {
  documentId: number;
  locale: 'en' | 'ru';
  hasFile: boolean;
  /** False when this is the document's only file. */
  canRemove: boolean;
  maxBytes: number;
  maxLabel: string;
}) {
  const t = useTranslations('Documents');
  const te = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const [upload, setUpload] = useState<{ loaded: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ErrorKey } | null>(null);
  const [removed, removeAction, removing] = useActionState(removeDocumentFileAction, null);
  useEffect(() => {
    if (removed?.ok) router.refresh();
  }, [removed, router]);

  function send(file: File) {
    setOutcome(null);
    if (file.size > maxBytes) return setOutcome({ ok: false, error: 'Errors.pdfTooLarge' });
    setUpload({ loaded: 0, total: file.size || 1 });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents/${documentId}/files/${locale}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setUpload({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      const body = xhr.response as UploadResponse | null;
      setUpload(null);
      setOutcome(body ?? { ok: false, error: 'Errors.uploadFailed' });
      if (body?.ok) router.refresh();
    };
    xhr.onerror = () => {
      setUpload(null);
      setOutcome({ ok: false, error: 'Errors.uploadFailed' });
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  }

  return (
    <div className="space-y-3">
      {outcome?.ok ? <FormStatus>{t('fileUploaded', { language: locale })}</FormStatus> : null}
      {outcome && !outcome.ok ? <FormError>{te(outcome.error, { max: maxLabel })}</FormError> : null}
      {removed?.ok ? <FormStatus>{t('fileRemoved', { language: locale })}</FormStatus> : null}
      {removed && !removed.ok ? <FormError>{te(removed.error)}</FormError> : null}
      <div>
        <label htmlFor={inputId} className="block font-semibold">
          {hasFile ? t('replaceFile', { language: locale }) : t('addFile', { language: locale })}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-gray-700">
          {t('replaceHint', { max: maxLabel })}
        </p>
        <input
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          disabled={upload !== null}
          aria-describedby={`${inputId}-hint`}
          className="mt-1 block w-full"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) send(file);
            e.target.value = '';
          }}
        />
        {upload ? <progress className="mt-2 block w-full" max={upload.total} value={upload.loaded} aria-label={t('uploadingFile', { language: locale })} /> : null}
      </div>
      {hasFile ? (
        canRemove ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              startTransition(() => removeAction(form));
            }}
          >
            <input type="hidden" name="documentId" value={documentId} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" disabled={removing} className="rounded border border-red-800 px-3 py-1.5 font-semibold text-red-800 disabled:opacity-70">
              {t('removeFile', { language: locale })}
            </button>
          </form>
        ) : (
          <p className="text-sm text-gray-700">{t('onlyFileHint')}</p>
        )
      ) : null}
    </div>
  );
}
