import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '@/db/schema';
import { diffBlocks } from '../block-diff';
import { bodyStoryRefIds, withSafeStoryRefBlocks } from '../rich-text';
import { alignSource } from '../source-alignment';
import { sourceChangesSince } from '../staleness';
import { richTextJsonSchema } from '../validation/story';
import { pickStoryRefVersion, storyRefCard, type LiveStoryVersion } from './card';
import { storyRefTitle } from './summary';

const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });
const paragraph = (id: string, text: string): RichTextNode => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });
const ref = (attrs: Record<string, unknown>): RichTextNode => ({ type: 'storyRef', attrs });

describe('story references in a body (the allow-list)', () => {
  it('keeps a top-level reference with a positive integer entryId and its block id, nothing else', () => {
    const body = doc(ref({ id: 's1', entryId: 7, href: 'javascript:alert(1)', title: '<b>x</b>', slug: '../admin' }));
    expect(withSafeStoryRefBlocks(body)).toEqual(doc(ref({ id: 's1', entryId: 7 })));
  });

  it('drops references whose entryId is not a positive integer, and any content or marks', () => {
    for (const entryId of [0, -3, 1.5, '7', null, undefined, Number.MAX_SAFE_INTEGER + 1, { id: 7 }]) {
      expect(withSafeStoryRefBlocks(doc(paragraph('p', 'Text.'), ref({ id: 's', entryId })))).toEqual(doc(paragraph('p', 'Text.')));
    }
    expect(withSafeStoryRefBlocks(doc({ type: 'storyRef', attrs: { entryId: 2 }, content: [{ type: 'text', text: '<script>' }], marks: [{ type: 'bold' }] }))).toEqual(
      doc(ref({ entryId: 2 })),
    );
  });

  it('drops a bad block id (a fresh one is given on save) and references nested inside other blocks', () => {
    expect(withSafeStoryRefBlocks(doc(ref({ id: '"><script>', entryId: 3 })))).toEqual(doc(ref({ entryId: 3 })));
    const nested = doc({ type: 'bulletList', attrs: { id: 'l' }, content: [{ type: 'listItem', content: [ref({ entryId: 3 }), paragraph('p', 'Item.')] }] });
    expect(withSafeStoryRefBlocks(nested)).toEqual(doc({ type: 'bulletList', attrs: { id: 'l' }, content: [{ type: 'listItem', content: [paragraph('p', 'Item.')] }] }));
  });

  it('is applied to every body a save posts', () => {
    const posted = JSON.stringify(doc(paragraph('p', 'See also.'), ref({ id: 's', entryId: 12, url: 'https://evil.example' }), ref({ id: 't', entryId: 'x' })));
    const parsed = richTextJsonSchema.safeParse(posted);
    expect(parsed.success && parsed.data).toEqual(doc(paragraph('p', 'See also.'), ref({ id: 's', entryId: 12 })));
  });

  it('lists the stories a body refers to, each once, in order', () => {
    expect(bodyStoryRefIds(doc(ref({ entryId: 4 }), paragraph('p', 'x'), ref({ entryId: 2 }), ref({ entryId: 4 }), ref({ entryId: -1 })))).toEqual([4, 2]);
  });
});

describe('story references in diffs and staleness', () => {
  it('reports references added, removed and replaced by the stories they name', () => {
    const before = doc(paragraph('p', 'Text.'), ref({ id: 'a', entryId: 1 }), ref({ id: 'b', entryId: 2 }));
    const after = doc(paragraph('p', 'Text.'), ref({ id: 'a', entryId: 5 }), ref({ id: 'c', entryId: 3 }));
    const changes = diffBlocks(before, after).filter((c) => c.change !== 'unchanged');
    expect(changes.map((c) => [c.id, c.change, c.storyRef])).toEqual([
      ['a', 'changed', { before: 1, after: 5 }],
      ['b', 'removed', { before: 2, after: null }],
      ['c', 'added', { before: null, after: 3 }],
    ]);
    expect(changes.every((c) => c.document === undefined && c.image === undefined)).toBe(true);
  });

  it('makes a translation out of date when the source adds, removes or replaces one, and a mark holds only for the story it was made against', () => {
    const text = { title: 'T', slug: 't', summary: '', dateline: '', seoTitle: '', seoDescription: '', body: doc() };
    const synced = { ...text, body: doc(ref({ id: 'a', entryId: 1 })) };
    expect(sourceChangesSince(synced, synced)).toEqual([]);
    expect(sourceChangesSince(synced, { ...text, body: doc() })).toMatchObject([{ key: 'block:a', change: 'removed', storyRef: { before: 1, after: null } }]);
    expect(sourceChangesSince(text, synced)).toMatchObject([{ key: 'block:a', change: 'added', storyRef: { before: null, after: 1 } }]);
    const to5 = sourceChangesSince(synced, { ...text, body: doc(ref({ id: 'a', entryId: 5 })) });
    const to6 = sourceChangesSince(synced, { ...text, body: doc(ref({ id: 'a', entryId: 6 })) });
    expect(to5[0]!.hash).not.toBe(to6[0]!.hash);
  });

  it('names a reference by the label it is given in the aligned source, not by its JSON', () => {
    const { cells } = alignSource(
      doc(ref({ id: 'a', entryId: 9 })),
      [{ key: 'block:a', field: null, blockId: 'a', change: 'changed', before: '', after: '', storyRef: { before: 4, after: 9 }, hash: 'h' }],
      () => 'image',
      () => 'document',
      (id) => `Story ${id}`,
    );
    expect(cells).toEqual([{ id: 'a', type: 'storyRef', attrs: { entryId: 9 }, text: 'Story 9', change: { kind: 'changed', before: 'Story 4', key: 'block:a' } }]);
  });
});

describe('the card of a story reference: which language version it links', () => {
  const version = (locale: 'en' | 'ru'): LiveStoryVersion => ({
    locale,
    slug: `slug-${locale}`,
    title: `Title ${locale}`,
    summary: `Summary ${locale}`,
    publishedAt: new Date('2021-06-20T06:00:00Z'),
    href: `/${locale}/news/slug-${locale}`,
  });
  const labels = { date: (d: Date) => d.toISOString().slice(0, 10), onlyIn: (l: string) => `only in ${l}` };

  it("links the reader's language when it is live there, with no note", () => {
    const target = pickStoryRefVersion(3, [version('en'), version('ru')], 'ru')!;
    expect(storyRefCard(target, labels)).toEqual({
      title: 'Title ru',
      summary: 'Summary ru',
      href: '/ru/news/slug-ru',
      locale: 'ru',
      dateTime: '2021-06-20T06:00:00.000Z',
      date: '2021-06-20',
      note: null,
    });
  });

  it('links the other language when the story is live only there, and says so in the reader’s', () => {
    const ru = pickStoryRefVersion(3, [version('en')], 'ru')!;
    expect(ru).toMatchObject({ entryId: 3, locale: 'en', fallback: true });
    expect(storyRefCard(ru, labels)).toMatchObject({ href: '/en/news/slug-en', title: 'Title en', locale: 'en', note: 'only in en' });
    expect(storyRefCard(pickStoryRefVersion(3, [version('ru')], 'en')!, labels)).toMatchObject({ href: '/ru/news/slug-ru', note: 'only in ru' });
  });

  it('has no card for a story live in no language', () => {
    expect(pickStoryRefVersion(3, [], 'en')).toBeNull();
  });

  it('names a story in the editor by the title of the language being edited, else the other', () => {
    const story = { id: 1, kind: 'story' as const, title: { en: 'English title' }, live: [] };
    expect(storyRefTitle(story, 'ru')).toEqual({ title: 'English title', lang: 'en' });
    expect(storyRefTitle({ ...story, title: { en: 'E', ru: 'Р' } }, 'ru')).toEqual({ title: 'Р', lang: 'ru' });
    expect(storyRefTitle({ ...story, title: {} }, 'en')).toBeNull();
  });
});
