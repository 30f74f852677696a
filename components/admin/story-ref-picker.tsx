'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { StoryRefListResponse } from '@/app/api/stories/route';
import type { ContentLocale } from '@/db/schema';
import type { ErrorKey } from '@/lib/action';
import { liveLanguages, storyRefTitle, type StoryRefSummary } from '@/lib/story-refs/summary';

type ListState = { status: 'loading' } | { status: 'ready'; items: StoryRefSummary[] } | { status: 'error'; error: ErrorKey };

/**
 * Chooses a story to refer to, searching titles in either language (drafts too: a reference to a
 * story not yet live shows nothing until it is). A modal dialog like the document picker: focus
 * starts in the search box and stays inside, Escape closes it, focus goes back to the button that
 * opened it; each story is a button. Mount it only while open.
 */
export function StoryRefPicker({ lang, onPick, onClose }: { lang: ContentLocale; onPick: (story: StoryRefSummary) => void; onClose: () => void }) {
  const t = useTranslations('StoryRefPicker');
  const tk = useTranslations('Kinds');
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
    searchRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (openerRef.current instanceof HTMLElement && openerRef.current.isConnected && !document.activeElement?.closest('.ProseMirror')) openerRef.current.focus();
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      async () => {
        setList({ status: 'loading' });
        try {
          const params = new URLSearchParams(q.trim() ? { q: q.trim() } : {});
          const response = await fetch(`/api/stories?${params}`, { signal: controller.signal, cache: 'no-store' });
          const body = (await response.json()) as StoryRefListResponse;
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
    list.status === 'loading' ? t('loading') : list.status === 'error' ? te(list.error) : list.items.length === 0 ? t('empty') : t('count', { count: list.items.length });

  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      // Keystrokes in the search box are not edits of the story (React events bubble through portals).
      onInput={(e) => e.stopPropagation()}
      className="m-auto w-[min(48rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] rounded border border-gray-500 p-0 shadow-xl backdrop:bg-black/50"
    >
      <div className="flex max-h-[calc(100vh-2rem)] flex-col">
        <div className="flex items-start justify-between gap-4 border-b border-gray-300 p-4">
          <h2 id={headingId} className="text-xl font-bold">
            {t('heading')}
          </h2>
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-gray-600 px-3 py-1">
            {t('cancel')}
          </button>
        </div>
        <div className="border-b border-gray-300 p-4">
          <label htmlFor={searchId} className="block font-semibold">
            {t('search')}
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
            {t('searchHint')}
          </p>
          <p role="status" className="mt-2 text-sm">
            {status}
          </p>
        </div>
        {list.status === 'ready' && list.items.length > 0 ? (
          <ul className="space-y-2 overflow-y-auto p-4">
            {list.items.map((item) => {
              const named = storyRefTitle(item, lang);
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    onClick={() => {
                      // Closing first hands focus back to the opener; picking may then move it on (into the text).
                      dialogRef.current?.close();
                      onPick(item);
                    }}
                    className="flex w-full flex-col gap-1 rounded border border-gray-400 p-2 text-left hover:border-blue-800 hover:bg-blue-50"
                  >
                    <span className="font-semibold" lang={named?.lang}>
                      {named?.title ?? `#${item.id}`}
                    </span>
                    <span className="text-sm text-gray-700">
                      {tk(item.kind)} · {t('live', { languages: liveLanguages(item) })}
                    </span>
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
