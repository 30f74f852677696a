import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/db/schema';
import { diffBlocks } from './block-diff';

const doc = (...blocks: [string, string][]): RichTextDoc => ({
  type: 'doc',
  content: blocks.map(([id, text]) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] })),
});

describe('diffBlocks', () => {
  it('marks unchanged and changed blocks by id', () => {
    expect(diffBlocks(doc(['a', 'One'], ['b', 'Two']), doc(['a', 'One'], ['b', 'Two, edited'])).map((c) => [c.id, c.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'changed'],
    ]);
  });

  it('finds added blocks and keeps removed ones where they stood', () => {
    const changes = diffBlocks(doc(['a', 'One'], ['b', 'Two'], ['c', 'Three']), doc(['a', 'One'], ['n', 'New'], ['c', 'Three']));
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['n', 'added'],
      ['c', 'unchanged'],
    ]);
    expect(changes[1]).toMatchObject({ before: 'Two', after: null });
  });

  it('tells a reordered block from its neighbours that stayed put', () => {
    const changes = diffBlocks(doc(['a', 'A'], ['b', 'B'], ['c', 'C']), doc(['c', 'C!'], ['a', 'A'], ['b', 'B']));
    expect(changes.map((c) => [c.id, c.change, c.textChanged])).toEqual([
      ['c', 'moved', true],
      ['a', 'unchanged', false],
      ['b', 'unchanged', false],
    ]);
  });

  it('handles a removed first block and empty documents', () => {
    expect(diffBlocks(doc(['a', 'A'], ['b', 'B']), doc(['b', 'B'])).map((c) => [c.id, c.change])).toEqual([
      ['a', 'removed'],
      ['b', 'unchanged'],
    ]);
    expect(diffBlocks(doc(), doc(['x', 'X'])).map((c) => c.change)).toEqual(['added']);
    expect(diffBlocks(doc(['x', 'X']), doc())).toEqual([{ id: 'x', change: 'removed', before: 'X', after: null, textChanged: true }]);
  });
});

describe('diffBlocks with image blocks', () => {
  const withImage = (mediaId: number | null, ...rest: [string, string][]): RichTextDoc => ({
    type: 'doc',
    content: [...doc(...rest).content, ...(mediaId === null ? [] : [{ type: 'image', attrs: { id: 'img', mediaId } }])],
  });

  it('sees an image added, removed or replaced though it has no text, and names the pictures', () => {
    expect(diffBlocks(withImage(null, ['a', 'A']), withImage(7, ['a', 'A'])).at(-1)).toEqual({ id: 'img', change: 'added', before: null, after: '', textChanged: true, image: { before: null, after: 7 } });
    expect(diffBlocks(withImage(7, ['a', 'A']), withImage(null, ['a', 'A'])).at(-1)).toMatchObject({ id: 'img', change: 'removed', image: { before: 7, after: null } });
    expect(diffBlocks(withImage(7, ['a', 'A']), withImage(8, ['a', 'A'])).at(-1)).toMatchObject({ id: 'img', change: 'changed', textChanged: true, image: { before: 7, after: 8 } });
  });

  it('leaves the same picture in the same place unchanged', () => {
    expect(diffBlocks(withImage(7, ['a', 'A']), withImage(7, ['a', 'A, edited'])).map((c) => [c.id, c.change])).toEqual([
      ['a', 'changed'],
      ['img', 'unchanged'],
    ]);
  });
});
