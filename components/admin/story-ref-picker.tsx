'use client';

import { useTranslations } from 'next-intl';
import type { ContentLocale } from '@/db/schema';
import { liveLanguages, storyRefTitle, type StoryRefSummary } from '@/lib/story-refs/summary';
import { fetchPickerList, PickerDialog } from './picker-dialog';

/**
 * Chooses a story to refer to, searching titles in either language (drafts too: a reference to a
 * story not yet live shows nothing until it is). Mount it only while open.
 */
export function StoryRefPicker({ lang, excludeId, onPick, onClose }: { lang: ContentLocale; excludeId?: number; onPick: (story: StoryRefSummary) => void; onClose: () => void }) {
  const t = useTranslations('StoryRefPicker');
  const tk = useTranslations('Kinds');
  const te = useTranslations();
  return (
    <PickerDialog<StoryRefSummary>
      texts={{ heading: t('heading'), cancel: t('cancel'), search: t('search'), searchHint: t('searchHint'), loading: t('loading'), empty: t('empty'), count: (count) => t('count', { count }), error: (key) => te(key) }}
      load={async (q, signal) => {
        const list = await fetchPickerList<StoryRefSummary>(`/api/stories?${new URLSearchParams(q ? { q } : {})}`, signal);
        // Not the story being edited: a story referring to itself sends the reader nowhere.
        return list.ok ? { ok: true, items: list.items.filter((s) => s.id !== excludeId) } : list;
      }}
      layout="list"
      renderItem={(item) => {
        const named = storyRefTitle(item, lang);
        return (
          <>
            <span className="font-semibold" lang={named?.lang}>
              {named?.title ?? `#${item.id}`}
            </span>
            <span className="text-sm text-gray-700">
              {tk(item.kind)} · {t('live', { languages: liveLanguages(item) })}
            </span>
          </>
        );
      }}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
