'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useLocale, useTranslations } from 'next-intl';
import { fileLanguages, useStoryDocuments } from './story-documents';
import { libraryBlock } from './library-block';

/**
 * A document of the library linked in the text: `{ type: 'document', attrs: { id, documentId } }`.
 * Nothing else is stored — the title, type, year and files come from the library in the reader's
 * language when the page is rendered, so every translation links the same document. A top-level
 * block like an image (the `figure` group), never inside a list or a quote.
 */
export const DocumentBlock = libraryBlock({ name: 'document', attribute: 'documentId', tag: 'div', dataAttribute: 'data-document-id', view: DocumentBlockView });

/** The document as the editor shows it: its title in the language being edited, type, year and files. */
function DocumentBlockView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('DocumentPicker');
  const tt = useTranslations('DocumentTypes');
  const uiLocale = useLocale();
  const { lookup, lang, documentHref } = useStoryDocuments();
  const documentId = typeof node.attrs.documentId === 'number' ? node.attrs.documentId : null;
  const document = documentId ? lookup(documentId) : undefined;
  const title = document?.title[lang] ?? '';
  return (
    <NodeViewWrapper
      data-drag-handle=""
      contentEditable={false}
      className={`my-4 rounded border-2 bg-gray-50 p-3 text-sm ${selected ? 'border-blue-800' : 'border-gray-300'}`}
    >
      <p lang={uiLocale} className="font-semibold">
        {document ? t('blockLabel', { title }) : t('blockGone')}
      </p>
      {document ? (
        <p lang={uiLocale} className="text-gray-700">
          {tt(document.type)} · {document.year} · {t('files', { languages: fileLanguages(document) })}
        </p>
      ) : null}
      <p lang={uiLocale} className="mt-1 flex flex-wrap gap-3">
        {document && documentHref ? (
          <a href={documentHref(document.id)} target="_blank" rel="noopener" className="underline">
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
