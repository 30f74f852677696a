import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '@/db/schema';
import { diffBlocks } from './block-diff';
import { bodyDocumentIds, withSafeDocumentBlocks } from './rich-text';
import { sourceChangesSince } from './staleness';
import { richTextJsonSchema } from './validation/story';

const paragraph = (id: string, text: string): RichTextNode => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });
const documentBlock = (attrs: Record<string, unknown>): RichTextNode => ({ type: 'document', attrs });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

describe('document blocks: the allow-list', () => {
  it('keeps a top-level document block with a positive integer documentId and its block id, nothing else', () => {
    const body = doc(documentBlock({ id: 'd1', documentId: 7, href: 'javascript:alert(1)', title: '<b>x</b>' }));
    expect(withSafeDocumentBlocks(body)).toEqual(doc(documentBlock({ id: 'd1', documentId: 7 })));
  });

  it('drops document blocks whose documentId is not a positive integer', () => {
    for (const documentId of [0, -3, 1.5, '7', null, undefined, Number.MAX_SAFE_INTEGER + 1, { id: 7 }]) {
      expect(withSafeDocumentBlocks(doc(paragraph('p', 'Text.'), documentBlock({ id: 'd', documentId })))).toEqual(doc(paragraph('p', 'Text.')));
    }
    expect(withSafeDocumentBlocks(doc({ type: 'document' }))).toEqual(doc());
  });

  it('drops an invalid block id (a fresh one is given on save) and document blocks nested in other blocks', () => {
    expect(withSafeDocumentBlocks(doc(documentBlock({ id: '"><script>', documentId: 3 })))).toEqual(doc(documentBlock({ documentId: 3 })));
    const nested = doc({ type: 'blockquote', attrs: { id: 'q' }, content: [documentBlock({ documentId: 3 }), paragraph('p', 'Quoted.')] });
    expect(withSafeDocumentBlocks(nested)).toEqual(doc({ type: 'blockquote', attrs: { id: 'q' }, content: [paragraph('p', 'Quoted.')] }));
  });

  it('is what a save stores: the body validation cleans document blocks instead of refusing the text', () => {
    const posted = JSON.stringify(doc(paragraph('p', 'Read the report.'), documentBlock({ id: 'd', documentId: 12, url: '/evil' }), documentBlock({ id: 'e', documentId: 'x' })));
    const parsed = richTextJsonSchema.safeParse(posted);
    expect(parsed.success && parsed.data).toEqual(doc(paragraph('p', 'Read the report.'), documentBlock({ id: 'd', documentId: 12 })));
  });

  it('lists the documents a body links, each once', () => {
    expect(bodyDocumentIds(doc(documentBlock({ documentId: 4 }), paragraph('p', 'x'), documentBlock({ documentId: 2 }), documentBlock({ documentId: 4 }), documentBlock({ documentId: -1 })))).toEqual([4, 2]);
  });
});

describe('document blocks in diffs and staleness', () => {
  it('sees a document added, replaced and removed though it has no text', () => {
    const before = doc(paragraph('p', 'Text.'), documentBlock({ id: 'a', documentId: 1 }), documentBlock({ id: 'b', documentId: 2 }));
    const after = doc(paragraph('p', 'Text.'), documentBlock({ id: 'a', documentId: 5 }), documentBlock({ id: 'c', documentId: 3 }));
    const changes = diffBlocks(before, after);
    expect(changes.map((c) => [c.id, c.change, c.document])).toEqual([
      ['p', 'unchanged', undefined],
      ['a', 'changed', { before: 1, after: 5 }],
      ['b', 'removed', { before: 2, after: null }],
      ['c', 'added', { before: null, after: 3 }],
    ]);
  });

  it('puts a translation out of date when the source links another document, and a mark holds for that document only', () => {
    const text = { title: 'T', slug: 't', summary: '', dateline: '', seoTitle: '', seoDescription: '' };
    const synced = { ...text, body: doc(documentBlock({ id: 'a', documentId: 1 })) };
    const to5 = sourceChangesSince(synced, { ...text, body: doc(documentBlock({ id: 'a', documentId: 5 })) });
    const to6 = sourceChangesSince(synced, { ...text, body: doc(documentBlock({ id: 'a', documentId: 6 })) });
    expect(to5).toHaveLength(1);
    expect(to5[0]).toMatchObject({ key: 'block:a', change: 'changed', document: { before: 1, after: 5 } });
    expect(to5[0]!.hash).not.toBe(to6[0]!.hash);
    expect(sourceChangesSince(synced, synced)).toEqual([]);
  });
});
