import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { insertStoryWithTranslations } from '../mutations/stories';
import type { RichTextDoc, RichTextNode } from '../schema';
import { getStoryRefCards, getStoryRefSummaries, liveCopiesReferringToStorySlugs, searchStoryRefSummaries } from './story-refs';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
});
afterEach(() => cleanup());

const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });
const ref = (id: string, entryId: number): RichTextNode => ({ type: 'storyRef', attrs: { id, entryId } });
const past = new Date(Date.now() - 60_000);
const future = new Date(Date.now() + 3_600_000);

type Version = { title: string; slug: string; status?: 'draft' | 'published' | 'scheduled'; publishedAt?: Date; body?: RichTextDoc };
function story(versions: { en?: Version; ru?: Version }): number {
  return insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: versions.en ? 'en' : 'ru',
    topics: [],
    countries: [],
    heroMediaId: null,
    authorId: null,
    translations: (['en', 'ru'] as const).flatMap((locale) => {
      const v = versions[locale];
      if (!v) return [];
      const status = v.status ?? 'draft';
      return [{ locale, title: v.title, slug: v.slug, summary: `About ${v.title}`, body: v.body ?? doc(), status, publishedAt: status === 'draft' ? null : (v.publishedAt ?? past) }];
    }),
  }).storyId;
}

describe('the cards of story references (public)', () => {
  it("gives each referenced story's live version in the reader's language, else the other's, and nothing for one not live", () => {
    const both = story({ en: { title: 'Both', slug: 'both', status: 'published' }, ru: { title: 'Оба', slug: 'oba', status: 'published' } });
    const englishOnly = story({ en: { title: 'English only', slug: 'english-only', status: 'published' }, ru: { title: 'Черновик', slug: 'chernovik' } });
    const draft = story({ en: { title: 'Draft', slug: 'draft' } });
    const scheduled = story({ en: { title: 'Later', slug: 'later', status: 'scheduled', publishedAt: future } });
    const ru = getStoryRefCards([both, englishOnly, draft, scheduled, 9999, -1], 'ru', db);
    expect([...ru.keys()]).toEqual([both, englishOnly]);
    expect(ru.get(both)).toMatchObject({ locale: 'ru', title: 'Оба', summary: 'About Оба', href: '/ru/news/oba', fallback: false });
    expect(ru.get(englishOnly)).toMatchObject({ locale: 'en', title: 'English only', href: '/en/news/english-only', fallback: true });
    expect(getStoryRefCards([both], 'en', db).get(both)).toMatchObject({ locale: 'en', href: '/en/news/both', fallback: false });
    expect(getStoryRefCards([], 'en', db).size).toBe(0);
  });
});

describe('the story picker and the editor’s names of referenced stories', () => {
  it('finds drafts and published stories by a title in either language, Cyrillic whatever the case of its first letter', () => {
    const a = story({ en: { title: 'Migrants helped at the border', slug: 'a', status: 'published' }, ru: { title: 'Мигрантам помогли на границе', slug: 'a-ru' } });
    const b = story({ ru: { title: 'Семинар для журналистов', slug: 'b-ru' } });
    expect(searchStoryRefSummaries('MIGRANTS', 10, db).map((s) => s.id)).toEqual([a]);
    expect(searchStoryRefSummaries('мигрантам', 10, db).map((s) => s.id)).toEqual([a]);
    expect(searchStoryRefSummaries('Журналистов', 10, db).map((s) => s.id)).toEqual([b]);
    // A case neither a title nor its first letter has: only Unicode case folding finds it.
    expect(searchStoryRefSummaries('ДЛЯ ЖУРНАЛИСТОВ', 10, db).map((s) => s.id)).toEqual([b]);
    expect(searchStoryRefSummaries('мИгРаНтАм', 10, db).map((s) => s.id)).toEqual([a]);
    expect(searchStoryRefSummaries('100%_', 10, db)).toEqual([]);
    expect(searchStoryRefSummaries(undefined, 10, db).map((s) => s.id).sort()).toEqual([a, b].sort());
    expect(getStoryRefSummaries([b, a, 777], db)).toEqual([
      { id: b, kind: 'story', title: { ru: 'Семинар для журналистов' }, live: [] },
      { id: a, kind: 'story', title: { en: 'Migrants helped at the border', ru: 'Мигрантам помогли на границе' }, live: ['en'] },
    ]);
  });
});

describe('pages to refresh when a referenced story changes', () => {
  it('names the live copies whose text refers to the story with a given slug, in either language', () => {
    const target = story({ en: { title: 'Target', slug: 'target', status: 'published' }, ru: { title: 'Цель', slug: 'tsel' } });
    story({ en: { title: 'Referrer', slug: 'referrer', status: 'published', body: doc(ref('r', target)) } });
    story({ en: { title: 'Draft referrer', slug: 'draft-referrer', body: doc(ref('r', target)) } });
    story({ en: { title: 'Other', slug: 'other', status: 'published', body: doc(ref('r', 4242)) } });
    expect(liveCopiesReferringToStorySlugs(db, ['tsel'])).toEqual([{ type: 'story', locale: 'en', slug: 'referrer' }]);
    expect(liveCopiesReferringToStorySlugs(db, ['target', 'tsel'])).toEqual([{ type: 'story', locale: 'en', slug: 'referrer' }]);
    expect(liveCopiesReferringToStorySlugs(db, ['nothing'])).toEqual([]);
    expect(liveCopiesReferringToStorySlugs(db, [])).toEqual([]);
  });
});
