import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { saveTranslation } from '../mutations/story-editing';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { getEditableStory, listStoriesForAdmin } from './admin-stories';
import { likePattern } from './text-match';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] };
const tr = (locale: 'en' | 'ru', title: string, status: TranslationDraft['status'] = 'draft'): TranslationDraft => ({
  locale, title, summary: '', body: doc, status, publishedAt: status === 'published' ? new Date(Date.now() - 1000) : null,
});
function story(kind: 'story' | 'press_release', countries: string[], ...translations: TranslationDraft[]) {
  return insertStoryWithTranslations(db, { kind, sourceLocale: 'en', topics: [], countries, authorId: null, translations }).storyId;
}

describe('listStoriesForAdmin', () => {
  beforeEach(() => {
    story('story', ['KZ'], tr('en', 'Border health in Tashkent', 'published'), tr('ru', 'Санитарная безопасность', 'in_review'));
    story('press_release', ['UZ'], tr('en', 'Factsheets 100% updated', 'draft'));
    story('story', ['KZ', 'KG'], tr('en', 'Retreat in Bishkek', 'archived'), tr('ru', 'Ретрит в Бишкеке', 'published'));
  });
  const titles = (filters: Parameters<typeof listStoriesForAdmin>[0]) =>
    listStoriesForAdmin(filters).items.map((s) => s.translations.en?.title).sort();

  it('filters by status of any language version, kind and country', () => {
    expect(titles({ page: 1, status: 'in_review' })).toEqual(['Border health in Tashkent']);
    expect(titles({ page: 1, status: 'published' })).toEqual(['Border health in Tashkent', 'Retreat in Bishkek']);
    expect(titles({ page: 1, kind: 'press_release' })).toEqual(['Factsheets 100% updated']);
    expect(titles({ page: 1, country: 'KZ' })).toEqual(['Border health in Tashkent', 'Retreat in Bishkek']);
  });

  it('filters by which language versions exist', () => {
    expect(titles({ page: 1, completeness: 'missing_ru' })).toEqual(['Factsheets 100% updated']);
    expect(titles({ page: 1, completeness: 'complete' })).toEqual(['Border health in Tashkent', 'Retreat in Bishkek']);
    expect(titles({ page: 1, completeness: 'missing_en' })).toEqual([]);
  });

  it('searches titles in both languages in any case, with % and _ taken literally', () => {
    // SQLite's own LIKE folds Latin letters only: these go through casefold (db/client.ts).
    expect(titles({ page: 1, q: 'бишкек' })).toEqual(['Retreat in Bishkek']);
    expect(titles({ page: 1, q: 'РЕТРИТ В БИШКЕКЕ' })).toEqual(['Retreat in Bishkek']);
    expect(titles({ page: 1, q: 'санитарная' })).toEqual(['Border health in Tashkent']);
    expect(titles({ page: 1, q: 'Бишкеке' })).toEqual(['Retreat in Bishkek']);
    expect(titles({ page: 1, q: 'TASHKENT' })).toEqual(['Border health in Tashkent']);
    expect(titles({ page: 1, q: 'tashkent' })).toEqual(['Border health in Tashkent']);
    expect(titles({ page: 1, q: '100%' })).toEqual(['Factsheets 100% updated']);
    expect(titles({ page: 1, q: '%' })).toEqual(['Factsheets 100% updated']);
    expect(likePattern('a_b%c\\')).toBe('%a\\_b\\%c\\\\%');
  });

  it('pages, and clamps a page past the end to the last', () => {
    const result = listStoriesForAdmin({ page: 9 }, 2);
    expect(result).toMatchObject({ total: 3, pageCount: 2, page: 2 });
    expect(result.items).toHaveLength(1);
  });
});

describe('getEditableStory', () => {
  it('knows when the working copy has changes the live page does not', () => {
    const id = story('story', [], tr('en', 'Live story', 'published'));
    const before = getEditableStory(id)!.translations.en!;
    expect(before.live?.slug).toBe('live-story');
    expect(before.hasUnpublishedChanges).toBe(false);
    saveTranslation(db, {
      translationId: before.id,
      baseVersion: before.version,
      fields: { title: 'Live story, edited', slug: 'live-story', summary: '', body: doc, dateline: '', seoTitle: '', seoDescription: '', publishedAt: null },
      note: '',
      autosave: false,
      actorId: null,
    });
    expect(getEditableStory(id)!.translations.en!.hasUnpublishedChanges).toBe(true);
  });
});
