import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { checkDetails } from '../mutations/entry-details';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { insertDocument } from '../mutations/documents';
import type { Membership } from '../schema';
import { groupCountries, listCountryDocuments, listCountryEvents, listCountryPages, listCountryStories, listMissions, lookupCountryBySlug } from './countries';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const DAY = 24 * 60 * 60 * 1000;
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text }] }] });

function version(locale: 'en' | 'ru', title: string, slug: string, { live = true, fields = {} as Record<string, string>, at = new Date(Date.now() - DAY) } = {}): TranslationDraft {
  return { locale, title, slug, summary: `${title} summary`, body: doc(`${title} body`), fields, status: live ? 'published' : 'draft', publishedAt: live ? at : null };
}

function country(code: string, membership: Membership | null, hasMission: boolean, ...translations: TranslationDraft[]): number {
  return insertStoryWithTranslations(db, {
    type: 'country',
    details: { country: { countryCode: code, membership, hasMission, email: hasMission ? `mission-${code.toLowerCase()}@example.org` : '', phone: hasMission ? '+7 727 000 00 00' : '' } },
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations,
  }).storyId;
}

function story(countries: string[], ...translations: TranslationDraft[]): number {
  return insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: [], countries, authorId: null, translations }).storyId;
}

function event(countryCode: string | null, startsAt: Date, ...translations: TranslationDraft[]): number {
  return insertStoryWithTranslations(db, {
    type: 'event',
    details: { event: { startsAt: startsAt.toISOString(), endsAt: null, allDay: false, countryCode, almatyProcess: false } },
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations,
  }).storyId;
}

/** Kazakhstan (mission, member, both languages), Iran (observer, English only), Germany (nothing), a draft Kyrgyzstan. */
function countries() {
  const kz = country(
    'KZ',
    'member',
    true,
    version('en', 'Kazakhstan', 'kazakhstan', { fields: { missionName: 'Mission in Astana', missionAddress: '1 Street\nAstana' } }),
    version('ru', 'Казахстан', 'kazakhstan-ru', { fields: { missionName: 'Представительство в Астане', missionAddress: 'ул. Первая, 1\nАстана' } }),
  );
  const ir = country('IR', 'observer', false, version('en', 'Iran', 'iran'));
  const de = country('DE', null, false, version('en', 'Germany', 'germany'), version('ru', 'Германия', 'germaniya'));
  const kg = country('KG', 'member', true, version('en', 'Kyrgyzstan', 'kyrgyzstan', { live: false }));
  return { kz, ir, de, kg };
}

describe('the countries list', () => {
  it('lists each live country once, in the reader’s language where it is live, else in the other', () => {
    const { kz, ir, de } = countries();
    const ru = listCountryPages('ru');
    expect(ru.map((c) => [c.id, c.locale, c.translated, c.title])).toEqual([
      // Russian sorts Cyrillic before Latin.
      [de, 'ru', true, 'Германия'],
      [kz, 'ru', true, 'Казахстан'],
      [ir, 'en', false, 'Iran'],
    ]);
    expect(ru.find((c) => c.id === kz)).toMatchObject({ membership: 'member', hasMission: true, missionName: 'Представительство в Астане', email: 'mission-kz@example.org' });
    // Sorted as English sorts, the draft country nowhere.
    expect(listCountryPages('en').map((c) => c.title)).toEqual(['Germany', 'Iran', 'Kazakhstan']);
  });

  it('groups the countries with a mission apart from the process’s other members and observers', () => {
    const { kz, ir } = countries();
    const groups = groupCountries(listCountryPages('en'));
    expect(groups.centralAsia.map((c) => c.id)).toEqual([kz]);
    // Germany is neither a mission nor in the process: in no group.
    expect(groups.otherMembers.map((c) => c.id)).toEqual([ir]);
  });

  it('lists the missions for the contact page: live countries with a mission only', () => {
    const { kz } = countries();
    expect(listMissions('en').map((c) => [c.id, c.missionName, c.missionAddress, c.phone])).toEqual([[kz, 'Mission in Astana', '1 Street\nAstana', '+7 727 000 00 00']]);
  });

  it('holds one country page per country code', () => {
    const { kz } = countries();
    const details = { country: { countryCode: 'KZ', membership: null, hasMission: false, email: '', phone: '' } };
    expect(checkDetails(db, -1, details)).toBe('countryTaken');
    expect(checkDetails(db, kz, details)).toBeNull();
    expect(() => country('KZ', null, false, version('en', 'Kazakhstan again', 'kazakhstan-again'))).toThrow(/UNIQUE/);
  });
});

describe('a country page by its address', () => {
  it('finds the live copy with its details and the slugs of its live languages', () => {
    const { kz } = countries();
    const result = lookupCountryBySlug('en', 'kazakhstan');
    expect(result).toMatchObject({ kind: 'found', country: { id: kz, title: 'Kazakhstan', membership: 'member', missionAddress: '1 Street\nAstana', alternates: { en: 'kazakhstan', ru: 'kazakhstan-ru' } } });
  });

  it('sends another language’s slug to this language’s, says when there is none, and knows no draft', () => {
    countries();
    expect(lookupCountryBySlug('ru', 'kazakhstan')).toEqual({ kind: 'redirect', entryId: expect.any(Number), slug: 'kazakhstan-ru' });
    expect(lookupCountryBySlug('ru', 'iran')).toEqual({ kind: 'untranslated', entryId: expect.any(Number), available: { locale: 'en', slug: 'iran', title: 'Iran', summary: 'Iran summary' } });
    expect(lookupCountryBySlug('en', 'kyrgyzstan')).toEqual({ kind: 'missing' });
    expect(lookupCountryBySlug('en', 'nowhere')).toEqual({ kind: 'missing' });
  });

  it('is not a story or a page of the same slug', () => {
    story([], version('en', 'A story', 'a-story'));
    expect(lookupCountryBySlug('en', 'a-story')).toEqual({ kind: 'missing' });
  });
});

describe('a country’s related items', () => {
  it('lists the latest five stories tagged with the country that are live in that language', () => {
    countries();
    const ids = Array.from({ length: 6 }, (_, i) => story(['KZ'], version('en', `Story ${i}`, `story-${i}`, { at: new Date(Date.now() - (10 - i) * DAY) })));
    const russian = story(['KZ', 'KG'], version('en', 'Both', 'both'), version('ru', 'Обе', 'obe'));
    story(['KG'], version('ru', 'Другая страна', 'drugaya'));
    story(['KZ'], version('ru', 'Черновик', 'chernovik', { live: false }));
    story(['KZ'], version('ru', 'Запланировано', 'zaplanirovano', { at: new Date(Date.now() + DAY) }));
    expect(listCountryStories('ru', 'KZ').map((s) => s.title)).toEqual(['Обе']);
    const english = listCountryStories('en', 'KZ');
    expect(english).toHaveLength(5);
    expect(english.map((s) => s.storyId)).toEqual([russian, ids[5], ids[4], ids[3], ids[2]]);
  });

  it('lists upcoming events in the country soonest first, then past ones latest first, live in that language only', () => {
    countries();
    const now = new Date();
    const soon = event('KZ', new Date(now.getTime() + 2 * DAY), version('en', 'Soon', 'soon', { fields: { venue: 'Almaty' } }));
    const later = event('KZ', new Date(now.getTime() + 9 * DAY), version('en', 'Later', 'later'));
    const lastWeek = event('KZ', new Date(now.getTime() - 7 * DAY), version('en', 'Last week', 'last-week'));
    const lastYear = event('KZ', new Date(now.getTime() - 365 * DAY), version('en', 'Last year', 'last-year'));
    event('KG', new Date(now.getTime() + DAY), version('en', 'Elsewhere', 'elsewhere'));
    event(null, new Date(now.getTime() + DAY), version('en', 'Online', 'online'));
    event('KZ', new Date(now.getTime() + DAY), version('en', 'Unpublished', 'unpublished-event', { live: false }));
    event('KZ', new Date(now.getTime() + DAY), version('ru', 'Только по-русски', 'tolko-po-russki'));
    const list = listCountryEvents('en', 'KZ', 5, now);
    expect(list.map((e) => [e.id, e.upcoming])).toEqual([
      [soon, true],
      [later, true],
      [lastWeek, false],
      [lastYear, false],
    ]);
    expect(list[0]?.venue).toBe('Almaty');
    expect(listCountryEvents('en', 'KZ', 3, now).map((e) => e.id)).toEqual([soon, later, lastWeek]);
    expect(listCountryEvents('ru', 'KZ', 5, now).map((e) => e.title)).toEqual(['Только по-русски']);
  });

  it('lists the documents about the country, newest year first, with how many there are', () => {
    countries();
    const file = (n: number) => ({ originalName: `f${n}.pdf`, sha256: String(n).padStart(64, '0'), bytes: 1000, pages: 1 });
    const add = (year: number, codes: string[], title: string) =>
      insertDocument(db, { type: 'factsheet', year, countries: codes, text: { en: { title, description: '' }, ru: { title: `${title} (ru)`, description: '' } } }, { en: file(year) }, { id: null, ip: null });
    const old = add(2019, ['KZ', 'KG'], 'Old');
    add(2020, ['KG'], 'Elsewhere');
    const recent = Array.from({ length: 5 }, (_, i) => add(2021 + i, ['KZ'], `Recent ${i}`));
    const { items, total } = listCountryDocuments('KZ');
    expect(total).toBe(6);
    expect(items.map((d) => d.id)).toEqual([...recent].reverse());
    expect(listCountryDocuments('KZ', 10).items.at(-1)?.id).toBe(old);
    expect(listCountryDocuments('TM')).toEqual({ items: [], total: 0 });
  });
});
