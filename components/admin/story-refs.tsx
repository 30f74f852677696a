'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StoryRefListResponse } from '@/app/api/stories/route';
import type { ContentLocale } from '@/db/schema';
import type { StoryRefSummary } from '@/lib/story-refs/summary';

export type StoryRefsContextValue = {
  /** What the editor knows of a story: `undefined` while asking, `null` when there is no such story. */
  lookup: (entryId: number) => StoryRefSummary | null | undefined;
  /** Ask the server about a story the editor does not know yet (a block on opening, pasted or undone). */
  request: (entryId: number) => void;
  remember: (story: StoryRefSummary) => void;
  /** The language of the version being edited: whose title it shows. */
  lang: ContentLocale;
};

export const StoryRefsContext = createContext<StoryRefsContextValue>({
  lookup: () => undefined,
  request: () => undefined,
  remember: () => undefined,
  lang: 'en',
});

export function useStoryRefs(): StoryRefsContextValue {
  return useContext(StoryRefsContext);
}

/**
 * What the rich-text editor knows of the stories its text refers to. Self-contained: the blocks
 * ask for their story when they first show, and the asks of one moment go to the server as one
 * request (`GET /api/stories?ids=…`), so a page needs to load nothing for them.
 */
export function StoryRefsProvider({ lang, children }: { lang: ContentLocale; children: ReactNode }) {
  const [known, setKnown] = useState<ReadonlyMap<number, StoryRefSummary | null>>(() => new Map());
  const asked = useRef(new Set<number>());
  const queue = useRef(new Set<number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const flush = useCallback(async () => {
    timer.current = null;
    const ids = [...queue.current];
    queue.current.clear();
    if (ids.length === 0) return;
    try {
      const response = await fetch(`/api/stories?ids=${ids.join(',')}`, { cache: 'no-store' });
      const body = (await response.json()) as StoryRefListResponse;
      if (!body.ok) throw new Error(body.error);
      setKnown((before) => {
        const next = new Map(before);
        for (const id of ids) next.set(id, body.items.find((s) => s.id === id) ?? null);
        return next;
      });
    } catch {
      // Ask again the next time a block shows.
      for (const id of ids) asked.current.delete(id);
    }
  }, []);

  const request = useCallback(
    (entryId: number) => {
      if (asked.current.has(entryId)) return;
      asked.current.add(entryId);
      queue.current.add(entryId);
      timer.current ??= setTimeout(() => void flush(), 0);
    },
    [flush],
  );

  const remember = useCallback((story: StoryRefSummary) => {
    asked.current.add(story.id);
    setKnown((before) => new Map(before).set(story.id, story));
  }, []);

  const value = useMemo<StoryRefsContextValue>(() => ({ lookup: (id) => known.get(id), request, remember, lang }), [known, request, remember, lang]);
  return <StoryRefsContext.Provider value={value}>{children}</StoryRefsContext.Provider>;
}
