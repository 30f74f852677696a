import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import type { EventSnapshot } from '../schema';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { listPastEvents, listUpcomingEvents, lookupEventBySlug } from './events';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const NOW = new Date('2026-11-24T06:00:00Z'); // 11:00 in Almaty
const doc = { type: 'doc' as const, content: [] };

function draft(locale: 'en' | 'ru', title: string, slug: string, fields: Record<string, string> = {}, live = true): TranslationDraft {
  return { locale, title, slug, summary: `${title} summary`, body: doc, fields, status: live ? 'published' : 'draft', publishedAt: live ? new Date('2026-01-01T00:00:00Z') : null };
}

function event(details: Partial<EventSnapshot> & { startsAt: string }, ...translations: TranslationDraft[]) {
  return insertStoryWithTranslations(db, {
    type: 'event',
    details: { event: { endsAt: null, allDay: false, countryCode: null, almatyProcess: false, ...details } },
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations,
  }).storyId;
}

describe('events', () => {
  it('lists what is to come soonest first and what is over latest first, a meeting under way with what is to come', () => {
    event({ startsAt: '2027-03-01T04:00:00Z' }, draft('en', 'Spring meeting', 'spring'));
    event({ startsAt: '2026-12-01T04:00:00Z' }, draft('en', 'December meeting', 'december'));
    // Started an hour ago, ends this afternoon: still on.
    event({ startsAt: '2026-11-24T05:00:00Z', endsAt: '2026-11-24T10:00:00Z' }, draft('en', 'Under way', 'under-way'));
    // All day yesterday in Almaty (midnight 23 November, +5): over.
    event({ startsAt: '2026-11-22T19:00:00Z', allDay: true }, draft('en', 'Yesterday', 'yesterday'));
    // All day today: on until midnight.
    event({ startsAt: '2026-11-23T19:00:00Z', allDay: true }, draft('en', 'Today', 'today'));
    event({ startsAt: '2021-05-26T04:00:00Z' }, draft('en', 'Istanbul', 'istanbul'));
    expect(listUpcomingEvents('en', 10, {}, NOW).map((e) => e.title)).toEqual(['Today', 'Under way', 'December meeting', 'Spring meeting']);
    expect(listPastEvents('en', 1, 10, {}, NOW).items.map((e) => e.title)).toEqual(['Yesterday', 'Istanbul']);
  });

  it('lists only what is live in the reader’s language, and the process’s own when asked', () => {
    event({ startsAt: '2027-01-10T04:00:00Z', almatyProcess: true }, draft('en', 'Senior officials', 'senior-officials'), draft('ru', 'Старшие должностные лица', 'starshie'));
    event({ startsAt: '2027-01-11T04:00:00Z' }, draft('en', 'Workshop', 'workshop'), draft('ru', 'Семинар', 'seminar', {}, false));
    expect(listUpcomingEvents('ru', 10, {}, NOW).map((e) => e.title)).toEqual(['Старшие должностные лица']);
    expect(listUpcomingEvents('en', 10, { almatyProcess: true }, NOW).map((e) => e.title)).toEqual(['Senior officials']);
  });

  it('pages the past ten at a time', () => {
    for (let i = 0; i < 12; i++) event({ startsAt: `2020-01-${String(i + 1).padStart(2, '0')}T04:00:00Z` }, draft('en', `Past ${i + 1}`, `past-${i + 1}`));
    const first = listPastEvents('en', 1, 10, {}, NOW);
    expect([first.total, first.pageCount, first.items[0]?.title]).toEqual([12, 2, 'Past 12']);
    expect(listPastEvents('en', 2, 10, {}, NOW).items.map((e) => e.title)).toEqual(['Past 2', 'Past 1']);
  });

  it('finds an event by slug with its venue and participants, redirects the other language’s slug, and says when it is untranslated', () => {
    const id = event({ startsAt: '2021-05-26T04:00:00Z', countryCode: 'TR' }, draft('en', 'Sixth meeting', 'sixth', { venue: 'Istanbul', participants: '35 delegates' }), draft('ru', 'Шестая встреча', 'shestaya', { venue: 'Стамбул', participants: '35 делегатов' }));
    event({ startsAt: '2021-05-28T04:00:00Z' }, draft('en', 'Dialogue', 'dialogue'));
    const found = lookupEventBySlug('ru', 'shestaya');
    expect(found.kind === 'found' && found.event).toMatchObject({ id, venue: 'Стамбул', participants: '35 делегатов', countryCode: 'TR', alternates: { en: 'sixth', ru: 'shestaya' } });
    expect(lookupEventBySlug('ru', 'sixth')).toEqual({ kind: 'redirect', entryId: expect.any(Number), slug: 'shestaya' });
    expect(lookupEventBySlug('ru', 'dialogue')).toMatchObject({ kind: 'untranslated', available: { locale: 'en', slug: 'dialogue' } });
    expect(lookupEventBySlug('en', 'nothing')).toEqual({ kind: 'missing' });
  });
});
