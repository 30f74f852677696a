'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { ErrorKey } from '@/lib/action';

type Upload = {
  key: string;
  name: string;
  loaded: number;
  total: number;
  status: 'uploading' | 'uploaded' | 'duplicate' | 'failed';
  error?: ErrorKey;
};

type UploadResponse = { ok: true; mediaId: number; duplicate: boolean } | { ok: false; error: ErrorKey };

/**
 * Drag-and-drop or file picker; each file goes up in its own request so each gets a progress bar.
 * XMLHttpRequest, not fetch: only it reports upload progress. The server decides what is an image.
 */
export function MediaUploader() {
  const t = useTranslations('Media');
  const te = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const counter = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = (key: string, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  function start(files: FileList | File[]) {
    for (const file of Array.from(files)) {
      const key = `${++counter.current}`;
      setUploads((all) => [{ key, name: file.name, loaded: 0, total: file.size || 1, status: 'uploading' }, ...all]);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/media');
      xhr.responseType = 'json';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) update(key, { loaded: e.loaded, total: e.total });
      };
      xhr.onload = () => {
        const body = xhr.response as UploadResponse | null;
        if (body?.ok) {
          update(key, { status: body.duplicate ? 'duplicate' : 'uploaded', loaded: 1, total: 1 });
          router.refresh();
        } else {
          update(key, { status: 'failed', error: body && !body.ok ? body.error : 'Errors.uploadFailed' });
        }
      };
      xhr.onerror = () => update(key, { status: 'failed', error: 'Errors.uploadFailed' });
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    }
  }

  // Files chosen before this script ran (a slow network) fired their change event with no one
  // listening: the browser keeps them in the input, so send them now instead of losing the choice.
  useEffect(() => {
    const input = inputRef.current;
    if (input?.files?.length) {
      start(input.files);
      input.value = '';
    }
    // Once, on hydration: later choices arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length) start(e.dataTransfer.files);
  }

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-4 rounded border-2 border-dashed p-6 text-center ${dragging ? 'border-blue-800 bg-blue-50' : 'border-gray-500'}`}
      >
        <p className="font-semibold">{t('dropZone')}</p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="peer sr-only"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            if (e.target.files?.length) start(e.target.files);
            e.target.value = '';
          }}
        />
        <label
          htmlFor={inputId}
          className="mt-3 inline-block cursor-pointer rounded bg-blue-800 px-4 py-2 font-semibold text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-800"
        >
          {t('chooseFiles')}
        </label>
        <p id={`${inputId}-hint`} className="mt-2 text-sm text-gray-700">
          {t('accepted')}
        </p>
      </div>
      {uploads.length > 0 ? (
        <section aria-label={t('uploadsHeading')} className="mt-4">
          <ul className="space-y-3" aria-live="polite">
            {uploads.map((u) => (
              <li key={u.key}>
                <progress
                  className="block w-full"
                  max={u.total}
                  value={u.status === 'uploading' ? u.loaded : u.total}
                  aria-label={t('progressLabel', { name: u.name })}
                />
                <p className={u.status === 'failed' ? 'text-red-800' : undefined}>
                  {u.status === 'uploaded'
                    ? t('uploaded', { name: u.name })
                    : u.status === 'duplicate'
                      ? t('duplicate', { name: u.name })
                      : u.status === 'failed'
                        ? t('failed', { name: u.name, error: te(u.error ?? 'Errors.uploadFailed') })
                        : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
