'use client';

import { Node } from '@tiptap/core';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useLocale, useTranslations } from 'next-intl';
import { useStoryMedia } from './story-media';
import { Thumbnail } from './thumbnail';
import { libraryBlock } from './library-block';

/**
 * The story's own document node: images (the `figure` group) may stand between blocks, never
 * inside a list or a quote, so that each is a top-level block with its own stable id.
 */
export const StoryDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: '(block | figure)+',
});

/**
 * An image of the media library placed in the text: `{ type: 'image', attrs: { id, mediaId } }`.
 * Nothing else is stored — the alt text, caption and credit come from the library in the reader's
 * language when the page is rendered, so every translation shows the same picture and a
 * translator never picks it again.
 */
export const ImageBlock = libraryBlock({ name: 'image', attribute: 'mediaId', tag: 'figure', dataAttribute: 'data-media-id', view: ImageBlockView });

/** The image as the editor shows it: thumbnail, file name, this language's alt text (or what is missing). */
function ImageBlockView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('Editor');
  const uiLocale = useLocale();
  const { lookup, lang, mediaHref } = useStoryMedia();
  const mediaId = typeof node.attrs.mediaId === 'number' ? node.attrs.mediaId : null;
  const image = mediaId ? lookup(mediaId) : undefined;
  const alt = image?.alt[lang].trim() ?? '';
  return (
    <NodeViewWrapper
      as="figure"
      data-drag-handle=""
      contentEditable={false}
      className={`my-4 flex items-start gap-3 rounded border-2 bg-gray-50 p-2 ${selected ? 'border-blue-800' : 'border-gray-300'}`}
    >
      {image ? <Thumbnail image={image} alt={alt} lang={lang} className="h-auto w-32 shrink-0 rounded" /> : null}
      <figcaption lang={uiLocale} className="min-w-0 flex-1 text-sm not-italic">
        <span className="block font-semibold break-all">{image ? t('imageLabel', { name: image.name }) : t('imageGone')}</span>
        {image ? (
          alt ? (
            <span className="block">
              {t('imageAlt')} <span lang={lang}>{alt}</span>
            </span>
          ) : (
            <span className="block text-red-800">{t('noAltIn', { language: lang })}</span>
          )
        ) : null}
        <span className="mt-1 flex flex-wrap gap-3">
          {image && mediaHref ? (
            <a href={mediaHref(image.id)} target="_blank" rel="noopener" className="underline">
              {t('imageEdit', { name: image.name })}
            </a>
          ) : null}
          <button type="button" onClick={deleteNode} className="underline">
            {t('imageRemove', { name: image?.name ?? '' })}
          </button>
        </span>
      </figcaption>
    </NodeViewWrapper>
  );
}
