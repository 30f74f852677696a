import { describe, expect, it } from 'vitest';
import type { TranslationText } from '@/db/schema';
import { fingerprint, pendingChanges, sourceChangesSince } from './staleness';

const text = (over: Partial<TranslationText> = {}, blocks: [string, string][] = [['a', 'First.'], ['b', 'Second.'], ['c', 'Third.']]): TranslationText => ({
  title: 'Title',
  slug: 'title',
  summary: 'Summary',
  dateline: 'Almaty',
  seoTitle: '',
  seoDescription: '',
  body: { type: 'doc', content: blocks.map(([id, t]) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text: t }] })) },
  ...over,
});

describe('sourceChangesSince', () => {
  it('is empty when the words are the same (slug changes are each language’s own)', () => {
    expect(sourceChangesSince(text(), text({ slug: 'another-slug' }))).toEqual([]);
  });

  it('names each changed field and each changed, added, removed and moved block', () => {
    const changes = sourceChangesSince(
      text(),
      text({ title: 'New title' }, [['c', 'Third.'], ['a', 'First, reworded.'], ['n', 'Brand new.']]),
    );
    // c and a swapped places: one of them counts as moved (here a, which was also reworded).
    expect(changes.map((c) => [c.key, c.change])).toEqual([
      ['field:title', 'changed'],
      ['block:a', 'moved'],
      ['block:b', 'removed'],
      ['block:n', 'added'],
    ]);
    expect(changes.find((c) => c.key === 'block:a')).toMatchObject({ before: 'First.', after: 'First, reworded.' });
  });
});

describe('pendingChanges', () => {
  it('drops changes marked against the current source text, and only those', () => {
    const changes = sourceChangesSince(text(), text({ summary: 'New summary' }, [['a', 'First!'], ['b', 'Second.'], ['c', 'Third.']]));
    const summary = changes.find((c) => c.key === 'field:summary')!;
    expect(pendingChanges(changes, [{ key: 'field:summary', sourceHash: summary.hash }]).map((c) => c.key)).toEqual(['block:a']);
    // A mark made before the source changed again no longer holds.
    expect(pendingChanges(changes, [{ key: 'block:a', sourceHash: fingerprint('changed\u0000First') }]).map((c) => c.key)).toEqual(['field:summary', 'block:a']);
  });
});

describe('sourceChangesSince with images', () => {
  const image = (mediaId: number) => ({ type: 'image', attrs: { id: 'img', mediaId } });
  const withBody = (...extra: ReturnType<typeof image>[]) => {
    const t = text();
    return { ...t, body: { type: 'doc' as const, content: [...t.body.content, ...extra] } };
  };

  it('counts an image added to the source as a change to handle, with no text to translate', () => {
    const [change, ...rest] = sourceChangesSince(text(), withBody(image(7)));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ key: 'block:img', change: 'added', before: null, after: '', image: { before: null, after: 7 } });
  });

  it('holds a mark for the picture it was made against, not for another in its place', () => {
    const [added7] = sourceChangesSince(text(), withBody(image(7)));
    const [added8] = sourceChangesSince(text(), withBody(image(8)));
    expect(added7!.hash).not.toBe(added8!.hash);
    expect(pendingChanges([added8!], [{ key: 'block:img', sourceHash: added7!.hash }])).toHaveLength(1);
    expect(pendingChanges([added7!], [{ key: 'block:img', sourceHash: added7!.hash }])).toEqual([]);
  });

  it('sees nothing when the picture stayed and only its library words could have changed', () => {
    expect(sourceChangesSince(withBody(image(7)), withBody(image(7)))).toEqual([]);
  });
});

describe('sourceChangesSince with a type’s own fields', () => {
  it('names each own field whose text changed, added or emptied, and nothing for the same text in another key order', () => {
    const changes = sourceChangesSince(
      text({ fields: { venue: 'Almaty', participants: 'Ten states', missionName: 'IOM Astana' } }),
      text({ fields: { missionName: 'IOM Astana', venue: 'Istanbul', missionAddress: 'Astana, Kazakhstan' } }),
    );
    expect(changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['field:fields.missionAddress', '', 'Astana, Kazakhstan'],
      ['field:fields.participants', 'Ten states', ''],
      ['field:fields.venue', 'Almaty', 'Istanbul'],
    ]);
    expect(sourceChangesSince(text({ fields: { a: '1', b: '2' } }), text({ fields: { b: '2', a: '1' } }))).toEqual([]);
  });

  it('reads a revision from before types had fields as having none', () => {
    expect(sourceChangesSince(text(), text({ fields: {} }))).toEqual([]);
    expect(sourceChangesSince(text(), text({ fields: { venue: 'Bishkek' } })).map((c) => c.key)).toEqual(['field:fields.venue']);
  });
});
