'use client';

import { getSchema } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RichTextDoc } from '@/db/schema';
import { LOCALES, type ContentLocale } from '@/db/schema';
import { withoutImages, withSafeDocumentBlocks, withSafeStoryRefBlocks } from '@/lib/rich-text';
import { BlockIds } from './block-ids';
import { DocumentBlock } from './document-block';
import { DocumentPicker } from './document-picker';
import { fitToSchema } from './fit-to-schema';
import { ImageBlock, StoryDocument } from './image-block';
import { MediaPicker } from './media-picker';
import { useStoryDocuments } from './story-documents';
import { SourceAlignmentExtension, sourceAlignmentKey, type AlignmentData } from './source-alignment';
import { StoryRefBlock } from './story-ref-block';
import { StoryRefPicker } from './story-ref-picker';
import { StoryRefsProvider, useStoryRefs } from './story-refs';
import { useStoryMedia } from './story-media';

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

const EXTENSIONS = [
  StarterKit.configure({
    document: false,
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    underline: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => SAFE_LINK.test(url) },
  }),
  StoryDocument,
  ImageBlock,
  DocumentBlock,
  StoryRefBlock,
  BlockIds,
];
const SCHEMA = getSchema(EXTENSIONS);

type Props = {
  id: string;
  labelledBy: string;
  initial: RichTextDoc;
  lang: string;
  onChange: (doc: RichTextDoc) => void;
  /** The media library page, for the picker's "upload new images" link (editors and admins). */
  libraryHref?: string | null;
  /** In the translation workspace: the source, shown block by block beside this text. */
  alignment?: AlignmentData | null;
  /** The entry this text belongs to: the story picker does not offer it (a story referring to itself). */
  entryId?: number;
};

/**
 * TipTap over ProseMirror JSON: the blocks and marks the public renderer allows (headings 2–4,
 * lists, quotes, links, bold, italic, strike, images from the media library, documents from the
 * document library, references to other stories), every block with a stable id.
 */
export function RichTextEditor(props: Props) {
  // What the story references show comes from the server as their blocks appear: nothing for the page to load.
  return (
    <StoryRefsProvider lang={(LOCALES as readonly string[]).includes(props.lang) ? (props.lang as ContentLocale) : 'en'}>
      <Editor {...props} />
    </StoryRefsProvider>
  );
}

function Editor({ id, labelledBy, initial, lang, onChange, libraryHref = null, alignment = null, entryId }: Props) {
  const t = useTranslations('Editor');
  const td = useTranslations('DocumentPicker');
  const ts = useTranslations('StoryRefPicker');
  // A node type these extensions lack would make TipTap open an empty document.
  const content = useMemo(() => fitToSchema(initial, SCHEMA), [initial]);
  const media = useStoryMedia();
  const documents = useStoryDocuments();
  const storyRefs = useStoryRefs();
  const [picking, setPicking] = useState<'image' | 'document' | 'storyRef' | null>(null);
  const alignmentRef = useRef(alignment);
  // Chosen once: an editor's extensions cannot change after it is made.
  const [extensions] = useState(() =>
    alignment ? [...EXTENSIONS, SourceAlignmentExtension.configure({ getData: () => alignmentRef.current })] : EXTENSIONS,
  );
  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        lang,
        class: `prose-story${alignment ? ' aligned' : ''} min-h-64 rounded-b border border-gray-500 px-3 py-2 focus:outline-none`,
      },
    },
    // An image, document or story block without a usable id (pasted from elsewhere) has nothing to show: drop it.
    onUpdate: ({ editor: e }) => onChange(withSafeStoryRefBlocks(withSafeDocumentBlocks(withoutImages(e.getJSON() as RichTextDoc, (mediaId) => mediaId > 0)))),
  });

  // New source data (a change marked handled, the page refreshed): redraw the source beside the text.
  // (Only on a change: a transaction on opening would let other plugins touch the text, and the
  // editor would count that as an edit of the person's.)
  useEffect(() => {
    if (alignmentRef.current === alignment || !editor || editor.isDestroyed) return;
    alignmentRef.current = alignment;
    editor.view.dispatch(editor.state.tr.setMeta(sourceAlignmentKey, true));
  }, [alignment, editor]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            bulletList: e.isActive('bulletList'),
            orderedList: e.isActive('orderedList'),
            blockquote: e.isActive('blockquote'),
            link: e.isActive('link'),
          }
        : null,
  });

  if (!editor) return <div className="min-h-64 rounded border border-gray-500 px-3 py-2 text-gray-600">{t('loading')}</div>;

  const button = (label: string, active: boolean | undefined, run: () => void) => (
    <button
      type="button"
      aria-pressed={active ?? false}
      onClick={run}
      className="rounded px-2 py-1 text-sm hover:bg-gray-200 aria-pressed:bg-gray-800 aria-pressed:text-white"
    >
      {label}
    </button>
  );

  const setLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const url = window.prompt(t('linkPrompt'), previous);
    if (url === null) return;
    if (url.trim() === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else if (SAFE_LINK.test(url.trim())) editor.chain().focus().extendMarkRange('link').setLink({ href: url.trim() }).run();
    else window.alert(t('linkInvalid'));
  };

  /** A top-level block after the block the cursor is in (replacing it when it is an empty paragraph). */
  const insertBlock = (
    node: { type: 'image'; attrs: { mediaId: number } } | { type: 'document'; attrs: { documentId: number } } | { type: 'storyRef'; attrs: { entryId: number } },
  ) => {
    const { $from } = editor.state.selection;
    if ($from.depth === 0) {
      editor.chain().focus().insertContentAt($from.pos, node).run();
      return;
    }
    const block = $from.node(1);
    const range = block.type.name === 'paragraph' && block.content.size === 0 ? { from: $from.before(1), to: $from.after(1) } : $from.after(1);
    editor.chain().focus().insertContentAt(range, node).run();
  };

  return (
    <div className={alignment ? 'aligned-editor' : undefined}>
      <div role="toolbar" aria-label={t('toolbar')} aria-controls={id} className="flex flex-wrap gap-1 rounded-t border border-b-0 border-gray-500 bg-gray-50 p-1">
        {button(t('heading2'), state?.h2, () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
        {button(t('heading3'), state?.h3, () => editor.chain().focus().toggleHeading({ level: 3 }).run())}
        {button(t('bold'), state?.bold, () => editor.chain().focus().toggleBold().run())}
        {button(t('italic'), state?.italic, () => editor.chain().focus().toggleItalic().run())}
        {button(t('bulletList'), state?.bulletList, () => editor.chain().focus().toggleBulletList().run())}
        {button(t('orderedList'), state?.orderedList, () => editor.chain().focus().toggleOrderedList().run())}
        {button(t('quote'), state?.blockquote, () => editor.chain().focus().toggleBlockquote().run())}
        {button(t('link'), state?.link, setLink)}
        <button type="button" aria-haspopup="dialog" onClick={() => setPicking('image')} className="rounded px-2 py-1 text-sm hover:bg-gray-200">
          {t('image')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setPicking('document')} className="rounded px-2 py-1 text-sm hover:bg-gray-200">
          {td('button')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setPicking('storyRef')} className="rounded px-2 py-1 text-sm hover:bg-gray-200">
          {ts('button')}
        </button>
        {button(t('undo'), undefined, () => editor.chain().focus().undo().run())}
        {button(t('redo'), undefined, () => editor.chain().focus().redo().run())}
      </div>
      <EditorContent editor={editor} />
      {picking === 'image' ? (
        <MediaPicker
          heading={t('pickerBodyHeading')}
          lang={media.lang}
          libraryHref={libraryHref}
          onClose={() => setPicking(null)}
          onPick={(image) => {
            media.remember(image);
            insertBlock({ type: 'image', attrs: { mediaId: image.id } });
          }}
        />
      ) : null}
      {picking === 'document' ? (
        <DocumentPicker
          lang={documents.lang}
          libraryHref={documents.libraryHref}
          onClose={() => setPicking(null)}
          onPick={(document) => {
            documents.remember(document);
            insertBlock({ type: 'document', attrs: { documentId: document.id } });
          }}
        />
      ) : null}
      {picking === 'storyRef' ? (
        <StoryRefPicker
          lang={storyRefs.lang}
          excludeId={entryId}
          onClose={() => setPicking(null)}
          onPick={(story) => {
            storyRefs.remember(story);
            insertBlock({ type: 'storyRef', attrs: { entryId: story.id } });
          }}
        />
      ) : null}
    </div>
  );
}
