'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { ErrorKey } from '@/lib/action';

/** What a picker's list endpoint answers (`/api/media`, `/api/documents`, `/api/stories`). */
export type PickerListResponse<T> = { ok: true; items: T[] } | { ok: false; error: ErrorKey };

type ListState<T> = { status: 'loading' } | { status: 'ready'; items: T[] } | { status: 'error'; error: ErrorKey };

export type PickerTexts = {
  heading: string;
  cancel: string;
  search: string;
  searchHint: string;
  loading: string;
  empty: string;
  count: (count: number) => string;
  /** The error message for an error key (the caller's `useTranslations()`). */
  error: (key: ErrorKey) => string;
};

type Props<T extends { id: number }> = {
  texts: PickerTexts;
  /** The list for a search (trimmed; empty for all). Called again on each pause in typing. */
  load: (q: string, signal: AbortSignal) => Promise<PickerListResponse<T>>;
  /** The library the items come from, to add what is not there yet (editors and admins). */
  library?: { href: string | null; label: string };
  /** The language typed into the search box, when the search is in one language. */
  searchLang?: string;
  /** Thumbnails in a grid, or one item per line. */
  layout: 'grid' | 'list';
  /** What the button for one item shows. */
  renderItem: (item: T) => ReactNode;
  /** The item chosen now (a story's hero), marked in the list. */
  isCurrent?: (item: T) => boolean;
  onPick: (item: T) => void;
  onClose: () => void;
};

/**
 * The one way to choose an image, a document or a story: a modal dialog (focus starts in the
 * search box and stays inside, Escape closes it, focus goes back to the button that opened it)
 * with a search box and a list in which each item is a button. Mount it only while open.
 */
export function PickerDialog<T extends { id: number }>({ texts, load, library, searchLang, layout, renderItem, isCurrent, onPick, onClose }: Props<T>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The caller's function changes with each render; the list follows the query only.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);
  const headingId = useId();
  const searchId = useId();
  const [q, setQ] = useState('');
  const [list, setList] = useState<ListState<T>>({ status: 'loading' });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    openerRef.current = document.activeElement;
    dialog.showModal();
    // Straight to the search box (React's autoFocus runs before the dialog is open, when it cannot).
    searchRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to where the person was (the dialog is leaving the page, so the browser may not),
      // unless picking has already moved focus into the text.
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
          const body = await loadRef.current(q.trim(), controller.signal);
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
    list.status === 'loading' ? texts.loading : list.status === 'error' ? texts.error(list.error) : list.items.length === 0 ? texts.empty : texts.count(list.items.length);

  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      // Keystrokes in the search box are not edits of the story (React events bubble through portals).
      onInput={(e) => e.stopPropagation()}
      className={`m-auto ${layout === 'grid' ? 'w-[min(56rem,calc(100vw-2rem))]' : 'w-[min(48rem,calc(100vw-2rem))]'} max-h-[calc(100vh-2rem)] rounded border border-gray-500 p-0 shadow-xl backdrop:bg-black/50`}
    >
      <div className="flex max-h-[calc(100vh-2rem)] flex-col">
        <div className="flex items-start justify-between gap-4 border-b border-gray-300 p-4">
          <h2 id={headingId} className="text-xl font-bold">
            {texts.heading}
          </h2>
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-gray-600 px-3 py-1">
            {texts.cancel}
          </button>
        </div>
        <div className="border-b border-gray-300 p-4">
          <label htmlFor={searchId} className="block font-semibold">
            {texts.search}
          </label>
          <input
            id={searchId}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            ref={searchRef}
            autoComplete="off"
            lang={searchLang}
            aria-describedby={`${searchId}-hint`}
            className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
          />
          <p id={`${searchId}-hint`} className="mt-1 text-sm text-gray-700">
            {texts.searchHint}
            {library?.href ? (
              <>
                {' '}
                <a href={library.href} target="_blank" rel="noopener" className="underline">
                  {library.label}
                </a>
              </>
            ) : null}
          </p>
          <p role="status" className="mt-2 text-sm">
            {status}
          </p>
        </div>
        {list.status === 'ready' && list.items.length > 0 ? (
          <ul className={layout === 'grid' ? 'grid grid-cols-1 gap-3 overflow-y-auto p-4 sm:grid-cols-2 lg:grid-cols-3' : 'space-y-2 overflow-y-auto p-4'}>
            {list.items.map((item) => {
              const current = isCurrent?.(item) ?? false;
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    onClick={() => {
                      // Closing first hands focus back to the opener; picking may then move it on (into the text).
                      dialogRef.current?.close();
                      onPick(item);
                    }}
                    aria-current={current ? 'true' : undefined}
                    className={`flex h-full w-full flex-col gap-1 rounded border p-2 text-left hover:border-blue-800 hover:bg-blue-50 ${current ? 'border-2 border-blue-800' : 'border-gray-400'}`}
                  >
                    {renderItem(item)}
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

/** GETs a picker's list endpoint as JSON, uncached (new uploads must show at once). */
export async function fetchPickerList<T>(url: string, signal: AbortSignal): Promise<PickerListResponse<T>> {
  const response = await fetch(url, { signal, cache: 'no-store' });
  return (await response.json()) as PickerListResponse<T>;
}
