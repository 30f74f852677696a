'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { Locale } from '@/i18n/routing';
import { entryType } from '@/lib/entry-types';
import { liveLanguages, storyRefTitle } from '@/lib/story-refs/summary';
import { useStoryRefs } from './story-refs';
import { libraryBlock } from './library-block';

/**
 * Another story referred to in the text: `{ type: 'storyRef', attrs: { id, entryId } }`. Nothing
 * else is stored — the title, summary, date and address come from the story's live version in the
 * reader's language when the page is rendered. A top-level block like a document (the `figure`
 * group), never inside a list or a quote.
 */
export const StoryRefBlock = libraryBlock({ name: 'storyRef', attribute: 'entryId', tag: 'div', dataAttribute: 'data-story-ref', view: StoryRefBlockView });

/** The story as the editor shows it: its title in the language being edited (else the other's) and where it is live. */
function StoryRefBlockView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('StoryRefPicker');
  const uiLocale = useLocale() as Locale;
  const { lookup, request, lang } = useStoryRefs();
  const entryId = typeof node.attrs.entryId === 'number' ? node.attrs.entryId : null;
  const story = entryId ? lookup(entryId) : null;
  useEffect(() => {
    if (entryId) request(entryId);
  }, [entryId, request]);
  const named = story ? storyRefTitle(story, lang) : null;
  const title = named?.title ?? (entryId ? `#${entryId}` : '');
  return (
    <NodeViewWrapper
      data-drag-handle=""
      contentEditable={false}
      className={`my-4 rounded border-2 bg-gray-50 p-3 text-sm ${selected ? 'border-blue-800' : 'border-gray-300'}`}
    >
      <p lang={uiLocale} className="font-semibold">
        {story === undefined ? t('blockLoading') : story ? t.rich('blockLabel', { title, story: (chunks) => <span lang={named?.lang}>{chunks}</span> }) : t('blockGone')}
      </p>
      {story ? (
        <p lang={uiLocale} className="text-gray-700">
          {t('live', { languages: liveLanguages(story) })}
        </p>
      ) : null}
      <p lang={uiLocale} className="mt-1 flex flex-wrap gap-3">
        {story ? (
          <a href={entryType('story').editPath(uiLocale, story.id, named?.lang)} target="_blank" rel="noopener" className="underline">
            {t('blockEdit', { title })}
          </a>
        ) : null}
        <button type="button" onClick={deleteNode} className="underline">
          {t('blockRemove', { title })}
        </button>
      </p>
    </NodeViewWrapper>
  );
}
