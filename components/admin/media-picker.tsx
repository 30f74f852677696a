'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Locale } from '@/i18n/routing';
import type { ErrorKey } from '@/lib/action';
import type { MediaSummary } from '@/lib/media/summary';
import { Thumbnail } from './thumbnail';

type ListResponse = { ok: true; items: MediaSummary[] } | { ok: false; error: ErrorKey };
type ListState = { status: 'loading' } | { status: 'ready'; items: MediaSummary[] } | { status: 'error'; error: ErrorKey };

/**
 * Chooses an image from the media library: a modal dialog (focus stays inside, Escape closes it,
 * focus goes back to the button that opened it) with a search box and a list of thumbnails, each
 * a button. Mount it only while open.
 */
export function MediaPicker({
  heading,
  lang,
  libraryHref,
  currentId = null,
  onPick,
  onClose,
}: {
  heading: string;
  /** The language whose alt text the list shows (the version being edited). */
  lang: Locale;
  /** The media library, to upload what is not there yet (editors and admins). */
  libraryHref: string | null;
  /** The image chosen now (the hero), marked in the list. */
  currentId?: number | null;
  onPick: (image: MediaSummary) => void;
  onClose: () => void;
}) {
  const t = useTranslations('Editor');
  const te = useTranslations();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const searchId = useId();
  const [q, setQ] = useState('');
  const [list, setList] = useState<ListState>({ status: 'loading' });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    openerRef.current = document.activeElement;
    dialog.showModal();
    // Straight to the search box (React's autoFocus runs before the dialog is open, when it cannot).
    searchRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to where the person was (the dialog is leaving the page, so the browser may not).
      if (openerRef.current instanceof HTMLElement && openerRef.current.isConnected && !document.activeElement?.closest('.ProseMirror')) openerRef.current.focus();
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    // Typing waits for a pause; opening loads at once.
    const timer = setTimeout(
      async () => {
        setList({ status: 'loading' });
        try {
          const response = await fetch(`/api/media${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`, { signal: controller.signal, cache: 'no-store' });
          const body = (await response.json()) as ListResponse;
          setList(body.ok ? { status: 'ready', items: body.items } : { status: 'error', error: body.error });
        } catch {
          if (!controller.signal.aborted) setList({ status: 'error', error: 'Errors.unexpected' });
        }
      },
      q ? 250 : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const status =
    list.status === 'loading' ? t('pickerLoading') : list.status === 'error' ? te(list.error) : list.items.length === 0 ? t('pickerEmpty') : t('pickerCount', { count: list.items.length });

  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      // Keystrokes in the search box are not edits of the story (React events bubble through portals).
      onInput={(e) => e.stopPropagation()}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] rounded border border-gray-500 p-0 shadow-xl backdrop:bg-black/50"
    >
      <div className="flex max-h-[calc(100vh-2rem)] flex-col">
        <div className="flex items-start justify-between gap-4 border-b border-gray-300 p-4">
          <h2 id={headingId} className="text-xl font-bold">
            {heading}
          </h2>
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-gray-600 px-3 py-1">
            {t('pickerCancel')}
          </button>
        </div>
        <div className="border-b border-gray-300 p-4">
          <label htmlFor={searchId} className="block font-semibold">
            {t('pickerSearch')}
          </label>
          <input
            id={searchId}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            ref={searchRef}
            autoComplete="off"
            aria-describedby={`${searchId}-hint`}
            className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
          />
          <p id={`${searchId}-hint`} className="mt-1 text-sm text-gray-700">
            {t('pickerSearchHint')}
            {libraryHref ? (
              <>
                {' '}
                <a href={libraryHref} target="_blank" rel="noopener" className="underline">
                  {t('pickerLibrary')}
                </a>
              </>
            ) : null}
          </p>
          <p role="status" className="mt-2 text-sm">
            {status}
          </p>
        </div>
        {list.status === 'ready' && list.items.length > 0 ? (
          <ul className="grid grid-cols-1 gap-3 overflow-y-auto p-4 sm:grid-cols-2 lg:grid-cols-3">
            {list.items.map((item) => {
              const alt = item.alt[lang].trim();
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    onClick={() => {
                      // Closing first hands focus back to the opener; picking may then move it on (into the text).
                      dialogRef.current?.close();
                      onPick(item);
                    }}
                    aria-current={item.id === currentId ? 'true' : undefined}
                    className={`flex h-full w-full flex-col gap-1 rounded border p-2 text-left hover:border-blue-800 hover:bg-blue-50 ${item.id === currentId ? 'border-2 border-blue-800' : 'border-gray-400'}`}
                  >
                    <Thumbnail image={item} className="aspect-[3/2] h-auto w-full object-cover" />
                    <span className="font-semibold break-all">{item.name}</span>
                    {item.id === currentId ? <span className="text-sm font-semibold text-blue-900">{t('pickerCurrent')}</span> : null}
                    {alt ? (
                      <span className="text-sm" lang={lang}>
                        {alt}
                      </span>
                    ) : (
                      <span className="text-sm text-red-800">{t('noAltIn', { language: lang })}</span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </dialog>,
    document.body,
  );
}
