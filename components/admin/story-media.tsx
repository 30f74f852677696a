'use client';

import { createContext, useContext } from 'react';
import type { Locale } from '@/i18n/routing';
import type { MediaSummary } from '@/lib/media/summary';

export type StoryMediaContextValue = {
  /** What the editor knows of an image: loaded with the page, or picked since. */
  lookup: (mediaId: number) => MediaSummary | undefined;
  remember: (image: MediaSummary) => void;
  /** The language of the version being edited: whose alt text matters here. */
  lang: Locale;
  /** The image's page in the media library, for those who may edit it there. */
  mediaHref: ((mediaId: number) => string) | null;
};

export const StoryMediaContext = createContext<StoryMediaContextValue>({ lookup: () => undefined, remember: () => undefined, lang: 'en', mediaHref: null });

export function useStoryMedia(): StoryMediaContextValue {
  return useContext(StoryMediaContext);
}
