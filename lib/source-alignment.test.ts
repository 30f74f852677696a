import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/db/schema';
import { alignSource, pendingFieldChanges, placeMissingCells } from './source-alignment';
import { sourceChangesSince, type SourceChange } from './staleness';

const p = (id: string, text: string) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });
const doc = (...content: RichTextDoc['content']): RichTextDoc => ({ type: 'doc', content });
const fields = { title: 'T', summary: 'S', dateline: '', seoTitle: '', seoDescription: '', slug: 't' };
const label = (id: number | null) => `Image ${id}`;

describe('alignSource', () => {
  it('gives every source block in order, with the change still to handle on the blocks it concerns', () => {
    const before = doc(p('a', 'One.'), p('b', 'Two.'), p('c', 'Three.'));
    const after = doc(p('a', 'One.'), p('b', 'Two, changed.'), p('n', 'New.'), { type: 'heading', attrs: { id: 'h', level: 3 }, content: [{ type: 'text', text: 'Head' }] });
    const changes = sourceChangesSince({ ...fields, body: before }, { ...fields, body: after });
    const { cells, removed } = alignSource(after, changes, label);
    expect(cells.map((c) => c.id)).toEqual(['a', 'b', 'n', 'h']);
    expect(cells[0]!.change).toBeUndefined();
    expect(cells[1]!.change).toEqual({ kind: 'changed', before: 'Two.', key: 'block:b' });
    expect(cells[1]!.text).toBe('Two, changed.');
    expect(cells[2]!.change).toMatchObject({ kind: 'added', before: null });
    expect(cells[3]).toMatchObject({ type: 'heading', attrs: { level: 3 }, change: { kind: 'added' } });
    expect(removed).toEqual({ c: 'block:c' });
  });

  it('marks nothing once the changes are handled (no pending changes)', () => {
    const { cells, removed } = alignSource(doc(p('a', 'One.')), [], label);
    expect(cells).toEqual([{ id: 'a', type: 'paragraph', text: 'One.' }]);
    expect(removed).toEqual({});
  });

  it('names images by their label, and a replaced image by the one before', () => {
    const image = (id: string, mediaId: number) => ({ type: 'image', attrs: { id, mediaId } });
    const changes = sourceChangesSince({ ...fields, body: doc(image('i', 4)) }, { ...fields, body: doc(image('i', 7)) });
    const [cell] = alignSource(doc(image('i', 7)), changes, label).cells;
    expect(cell).toMatchObject({ type: 'image', attrs: { mediaId: 7 }, text: 'Image 7', change: { kind: 'changed', before: 'Image 4' } });
  });

  it('names documents by their label, and a replaced document by the one before; a missing one can be started with the same document', () => {
    const linked = (id: string, documentId: number) => ({ type: 'document', attrs: { id, documentId } });
    const changes = sourceChangesSince({ ...fields, body: doc(linked('d', 4)) }, { ...fields, body: doc(linked('d', 9)) });
    const [cell] = alignSource(doc(linked('d', 9)), changes, label, (id) => `Document ${id}`).cells;
    expect(cell).toMatchObject({ type: 'document', attrs: { documentId: 9 }, text: 'Document 9', change: { kind: 'changed', before: 'Document 4' } });
  });

  it('reports moved blocks as moved', () => {
    const changes = sourceChangesSince({ ...fields, body: doc(p('a', 'A'), p('b', 'B')) }, { ...fields, body: doc(p('b', 'B'), p('a', 'A')) });
    const kinds = alignSource(doc(p('b', 'B'), p('a', 'A')), changes, label).cells.map((c) => c.change?.kind ?? 'same');
    expect(kinds).toContain('moved');
  });
});

describe('pendingFieldChanges', () => {
  it('keeps each changed field’s text from when the translation was in step', () => {
    const changes: SourceChange[] = sourceChangesSince({ ...fields, body: doc() }, { ...fields, title: 'New title', body: doc() });
    expect(pendingFieldChanges(changes)).toEqual({ title: { before: 'T', key: 'field:title' } });
  });
});

describe('placeMissingCells', () => {
  const cells = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, type: 'paragraph', text: id }));
  it('puts each source block the translation lacks after the translation of the source block before it', () => {
    const placed = placeMissingCells(cells, ['b', 'd', 'x']);
    expect(placed.get(null)?.map((c) => c.id)).toEqual(['a']);
    expect(placed.get('b')?.map((c) => c.id)).toEqual(['c']);
    expect(placed.get('d')?.map((c) => c.id)).toEqual(['e']);
    expect(placed.has('x')).toBe(false);
  });
  it('places nothing when the translation has every block', () => {
    expect(placeMissingCells(cells, ['a', 'b', 'c', 'd', 'e']).size).toBe(0);
  });
});
