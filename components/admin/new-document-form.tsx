'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { ErrorKey } from '@/lib/action';
import { DocumentFields, type DocumentFormOptions, type DocumentFormValues } from './document-fields';
import { FormError } from './form-feedback';
import { FieldFrame } from '@/components/ui/field-frame';

type CreateResponse = { ok: true; documentId: number } | { ok: false; error: ErrorKey; fieldErrors?: Record<string, ErrorKey> };
type Failure = { error: ErrorKey; fieldErrors: Record<string, ErrorKey> };

/**
 * A new document with its files, sent in one request so the document never exists without a
 * file. XMLHttpRequest, not fetch: only it reports upload progress. The server decides what is
 * a PDF; the size is checked here too, to spare a long upload that would be refused.
 */
export function NewDocumentForm({
  locale,
  options,
  initial,
  maxBytes,
  maxLabel,
}: {
  locale: 'en' | 'ru';
  options: DocumentFormOptions;
  initial: DocumentFormValues;
  maxBytes: number;
  /** The size limit for people, e.g. "20 MB". */
  maxLabel: string;
}) {
  const t = useTranslations('Documents');
  const te = useTranslations();
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const message = (key: ErrorKey) => te(key, { max: maxLabel });
  const error = (path: string) => (failure?.fieldErrors[path] ? message(failure.fieldErrors[path]) : undefined);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (progress) return;
    const form = new FormData(e.currentTarget);
    const tooLarge: Record<string, ErrorKey> = {};
    for (const l of options.languages) {
      const file = form.get(`file.${l}`);
      if (file instanceof File && file.size > maxBytes) tooLarge[`file.${l}`] = 'Errors.pdfTooLarge';
    }
    if (Object.keys(tooLarge).length) return setFailure({ error: 'Errors.invalidInput', fieldErrors: tooLarge });
    setFailure(null);
    setProgress({ loaded: 0, total: 1 });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const body = xhr.response as CreateResponse | null;
      if (body?.ok) {
        router.push(`/${locale}/admin/documents/${body.documentId}?created=1`);
        return;
      }
      setProgress(null);
      setFailure(body && !body.ok ? { error: body.error, fieldErrors: body.fieldErrors ?? {} } : { error: 'Errors.uploadFailed', fieldErrors: {} });
    };
    xhr.onerror = () => {
      setProgress(null);
      setFailure({ error: 'Errors.uploadFailed', fieldErrors: {} });
    };
    xhr.send(form);
  }

  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" className="mt-6 space-y-6">
      {failure ? (
        <FormError>
          {message(failure.error)}
          {failure.fieldErrors.file ? <span className="mt-1 block">{message(failure.fieldErrors.file)}</span> : null}
        </FormError>
      ) : null}
      <DocumentFields
        options={options}
        values={initial}
        error={error}
        languageExtra={(l) => {
          const fieldError = error(`file.${l}`);
          return (
            <FieldFrame id={`file-${l}`} label={t('fileField', { language: l })} hint={t('fileHint', { max: maxLabel })} error={fieldError}>
              {(aria) => <input {...aria} id={`file-${l}`} name={`file.${l}`} type="file" accept="application/pdf,.pdf" className="mt-1 block w-full" />}
            </FieldFrame>
          );
        }}
      />
      {progress ? <progress className="block w-full" max={progress.total} value={progress.loaded} aria-label={t('uploading')} /> : null}
      <button type="submit" disabled={progress !== null} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:opacity-70">
        {progress ? t('uploading') : t('create')}
      </button>
    </form>
  );
}
