import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import type { TranslationStatus } from '../schema';
import { listNewsFilterOptions, listPublishedStories, lookupStoryBySlug, relatedStoryCards } from './stories';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const DAY = 24 * 60 * 60 * 1000;
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function draft(locale: 'en' | 'ru', title: string, status: TranslationStatus = 'published', publishedAt: Date | null = new Date(Date.now() - DAY)): TranslationDraft {
  return { locale, title, summary: `${title} summary`, body: doc(`${title} body`), status, publishedAt };
}

function story(...translations: TranslationDraft[]) {
  return insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: [], countries: ['KZ'], authorId: null, translations }).storyId;
}

describe('news filters', () => {
  function tagged(title: string, kind: 'story' | 'press_release', countries: string[], topics: string[], publishedAt: Date, ru = false) {
    return insertStoryWithTranslations(db, { kind, sourceLocale: 'en', topics, countries, authorId: null, translations: [draft('en', title, 'published', publishedAt), ...(ru ? [draft('ru', `${title} ru`, 'published', publishedAt)] : [])] }).storyId;
  }
  const titles = (filters: Parameters<typeof listPublishedStories>[3]) => listPublishedStories('en', 1, 10, filters).items.map((s) => s.title);

  it('narrows by kind, country, topic and year (Almaty’s calendar), alone and together', () => {
    tagged('KZ story 2021', 'story', ['KZ'], ['labour-migration'], new Date('2021-05-01T06:00:00Z'));
    tagged('KG release 2021', 'press_release', ['KG', 'KZ'], ['almaty-process'], new Date('2021-06-01T06:00:00Z'));
    tagged('TJ story 2022', 'story', ['TJ'], ['labour-migration', 'covid-19'], new Date('2022-03-01T06:00:00Z'));
    // 1 January 2023, 00:30 in Almaty (UTC+6 then) is still 2022 in UTC: the office counts it in 2023.
    tagged('New year in Almaty', 'story', ['UZ'], [], new Date('2022-12-31T18:30:00Z'));
    expect(titles({ kind: 'press_release' })).toEqual(['KG release 2021']);
    expect(titles({ country: 'KZ' })).toEqual(['KG release 2021', 'KZ story 2021']);
    expect(titles({ topic: 'labour-migration' })).toEqual(['TJ story 2022', 'KZ story 2021']);
    expect(titles({ year: 2021 })).toEqual(['KG release 2021', 'KZ story 2021']);
    expect(titles({ year: 2023 })).toEqual(['New year in Almaty']);
    expect(titles({ year: 2022 })).toEqual(['TJ story 2022']);
    expect(titles({ kind: 'story', topic: 'labour-migration', year: 2021, country: 'KZ' })).toEqual(['KZ story 2021']);
    expect(titles({ kind: 'story', country: 'KG' })).toEqual([]);
    expect(listPublishedStories('en', 1, 10, { topic: 'labour-migration' }).total).toBe(2);
  });

  it('offers the countries, topics and years the language’s public stories have', () => {
    tagged('Public', 'story', ['KZ', 'KG'], ['remittances', 'research'], new Date('2021-05-01T06:00:00Z'), true);
    tagged('Other year', 'story', ['TJ'], ['research'], new Date('2019-05-01T06:00:00Z'));
    insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: ['secret'], countries: ['UZ'], authorId: null, translations: [draft('en', 'Draft', 'draft', null)] });
    expect(listNewsFilterOptions('en')).toEqual({ countries: expect.arrayContaining(['KZ', 'KG', 'TJ']), topics: ['remittances', 'research'], years: [2021, 2019] });
    expect(listNewsFilterOptions('en').countries).toHaveLength(3);
    expect(listNewsFilterOptions('ru')).toEqual({ countries: expect.arrayContaining(['KZ', 'KG']), topics: ['remittances', 'research'], years: [2021] });
  });
});

describe('listPublishedStories', () => {
  it('shows only published translations whose time has come, newest first', () => {
    story(draft('en', 'Older', 'published', new Date(Date.now() - 3 * DAY)));
    story(draft('en', 'Newer', 'published', new Date(Date.now() - DAY)));
    story(draft('en', 'Draft', 'draft', null));
    story(draft('en', 'In review', 'in_review', null));
    story(draft('en', 'Archived', 'archived', new Date(Date.now() - 2 * DAY)));
    story(draft('en', 'Scheduled for tomorrow', 'scheduled', new Date(Date.now() + DAY)));
    story(draft('en', 'Published in the future', 'published', new Date(Date.now() + DAY)));
    story(draft('ru', 'Только по-русски'));

    const { items, total } = listPublishedStories('en', 1);
    expect(items.map((s) => s.title)).toEqual(['Newer', 'Older']);
    expect(total).toBe(2);
    expect(listPublishedStories('ru', 1).items.map((s) => s.title)).toEqual(['Только по-русски']);
  });

  it('pages through the archive without overlap', () => {
    for (let i = 0; i < 25; i++) story(draft('en', `Story ${i}`, 'published', new Date(Date.now() - (i + 1) * DAY)));
    const pages = [1, 2, 3].map((p) => listPublishedStories('en', p, 10));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages[0]?.pageCount).toBe(3);
    const titles = pages.flatMap((p) => p.items.map((s) => s.title));
    expect(new Set(titles).size).toBe(25);
    expect(titles[0]).toBe('Story 0');
    expect(titles[24]).toBe('Story 24');
  });
});

describe('lookupStoryBySlug', () => {
  it('finds a story by its own slug with the alternates of its public translations', () => {
    story(draft('en', 'Border health in Tashkent'), draft('ru', 'Санитарная безопасность в Ташкенте'));
    const result = lookupStoryBySlug('ru', 'sanitarnaya-bezopasnost-v-tashkente');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.story.title).toBe('Санитарная безопасность в Ташкенте');
    expect(result.story.countries).toEqual(['KZ']);
    expect(result.story.alternates).toEqual({ en: 'border-health-in-tashkent', ru: 'sanitarnaya-bezopasnost-v-tashkente' });
  });

  it('sends a slug of the other language to this language’s own translation', () => {
    story(draft('en', 'Border health in Tashkent'), draft('ru', 'Санитарная безопасность в Ташкенте'));
    expect(lookupStoryBySlug('ru', 'border-health-in-tashkent')).toEqual({ kind: 'redirect', entryId: expect.any(Number), slug: 'sanitarnaya-bezopasnost-v-tashkente' });
  });

  it('offers the other language when this one has no public translation yet', () => {
    story(draft('en', 'Factsheets for Central Asia'), draft('ru', 'Справки по странам', 'in_review', null));
    const result = lookupStoryBySlug('ru', 'factsheets-for-central-asia');
    expect(result).toEqual({
      kind: 'untranslated',
      entryId: expect.any(Number),
      available: { locale: 'en', slug: 'factsheets-for-central-asia', title: 'Factsheets for Central Asia', summary: 'Factsheets for Central Asia summary' },
    });
    // And an unpublished translation is never shown under its own slug either.
    expect(lookupStoryBySlug('ru', 'spravki-po-stranam')).toEqual({ kind: 'missing' });
  });

  it('leaves alternates out for translations that are not public', () => {
    story(draft('en', 'Retreat in Bishkek'), draft('ru', 'Ретрит в Бишкеке', 'draft', null));
    const result = lookupStoryBySlug('en', 'retreat-in-bishkek');
    expect(result.kind === 'found' && result.story.alternates).toEqual({ en: 'retreat-in-bishkek' });
  });

  it('knows nothing of unknown or unpublished slugs', () => {
    story(draft('en', 'Draft only', 'draft', null));
    expect(lookupStoryBySlug('en', 'draft-only')).toEqual({ kind: 'missing' });
    expect(lookupStoryBySlug('en', 'no-such-story')).toEqual({ kind: 'missing' });
  });
});

describe('insertStoryWithTranslations', () => {
  it('keeps slugs unique per locale and records the source revision a translation is in step with', () => {
    story(draft('en', 'Same title'));
    const id = story(draft('en', 'Same title'), draft('ru', 'Тот же заголовок'));
    const rows = db.query.entryTranslations.findMany({ where: (t, { eq }) => eq(t.entryId, id), with: { revisions: true } }).sync();
    const en = rows.find((r) => r.locale === 'en');
    const ru = rows.find((r) => r.locale === 'ru');
    expect(en?.slug).toBe('same-title-2');
    expect(en?.revisions).toHaveLength(1);
    expect(ru?.syncedSourceRevisionId).toBe(en?.revisions[0]?.id);
    expect(en?.body.content[0]?.attrs?.id).toEqual(expect.any(String));
  });
});

describe('related stories', () => {
  function tagged(title: string, countries: string[], topics: string[], daysAgo: number, locales: ('en' | 'ru')[] = ['en']) {
    const at = new Date(Date.now() - daysAgo * DAY);
    return insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics, countries, authorId: null, translations: locales.map((l) => draft(l, `${title} ${l}`, 'published', at)) }).storyId;
  }

  it('shares a country or a topic, is live in the reader’s language, newest first, never the story itself', () => {
    const me = tagged('Me', ['KZ'], ['statelessness'], 1, ['en', 'ru']);
    tagged('Same country', ['KZ'], [], 2, ['en', 'ru']);
    tagged('Same topic', ['TJ'], ['statelessness'], 3);
    tagged('Nothing shared', ['UZ'], ['covid-19'], 4);
    tagged('Older, same country', ['KZ', 'KG'], [], 10);
    tagged('Draft in English', ['KZ'], [], 0, []);
    expect(relatedStoryCards(me, 'en', 3).map((s) => s.title)).toEqual(['Same country en', 'Same topic en', 'Older, same country en']);
    expect(relatedStoryCards(me, 'ru').map((s) => s.title)).toEqual(['Same country ru']);
  });
});
