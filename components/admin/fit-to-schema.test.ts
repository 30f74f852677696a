import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/db/schema';
import { plainText } from '@/lib/rich-text';
import { BlockIds } from './block-ids';
import { DocumentBlock } from './document-block';
import { ImageBlock, StoryDocument } from './image-block';
import { fitToSchema } from './fit-to-schema';

const schema = getSchema([StarterKit.configure({ heading: { levels: [2, 3, 4] }, codeBlock: false, underline: false }), BlockIds]);

describe('fitToSchema (what the story editor loads)', () => {
  it('keeps a body the editor knows exactly as it is', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { id: 'h', level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', attrs: { id: 'p' }, content: [{ type: 'text', text: 'Link', marks: [{ type: 'link', attrs: { href: 'https://www.iom.int/' } }, { type: 'bold' }] }] },
        { type: 'bulletList', attrs: { id: 'l' }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
      ],
    };
    expect(fitToSchema(doc, schema)).toEqual(doc);
  });

  it('keeps the words of made-up nodes and drops made-up marks, instead of losing the whole body', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
        { type: 'iframe', attrs: { src: 'javascript:window.__xss=1' }, content: [{ type: 'text', text: 'inside an unknown block' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'marked', marks: [{ type: 'span', attrs: { onclick: 'x' } }, { type: 'italic' }] }, { type: 'widget', content: [{ type: 'text', text: ' and inline' }] }] },
        { type: 'section', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested block' }] }] },
      ],
    };
    const fitted = fitToSchema(doc, schema);
    expect(fitted.content.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(fitted.content[2]!.content).toEqual([
      { type: 'text', text: 'marked', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' and inline' },
    ]);
    expect(plainText(fitted)).toBe('Before.\n\ninside an unknown block\n\nmarked and inline\n\nnested block');
  });

  it('falls back to one paragraph per block of text when the structure itself is invalid', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'bulletList', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a paragraph where a list item belongs' }] }] }],
    };
    expect(fitToSchema(doc, schema)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a paragraph where a list item belongs' }] }] });
  });

  it('keeps document and image blocks with the editor\'s own extensions', () => {
    const storySchema = getSchema([StarterKit.configure({ document: false, heading: { levels: [2, 3, 4] }, codeBlock: false, underline: false }), StoryDocument, ImageBlock, DocumentBlock, BlockIds]);
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { id: 'p' }, content: [{ type: 'text', text: 'Read the plan.' }] },
        { type: 'document', attrs: { id: 'd', documentId: 12 } },
        { type: 'image', attrs: { id: 'i', mediaId: 3 } },
      ],
    };
    expect(fitToSchema(doc, storySchema)).toEqual(doc);
  });
});
