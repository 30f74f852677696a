import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { countryDetails, entryTranslations, eventDetails, revisions, users, type EntryType } from '../schema';
import type { EntryDetails } from './entry-details';
import { saveTranslation, startTranslation } from './story-editing';
import { insertStoryWithTranslations } from './stories';
import { getSyncState } from './translation-sync';

let db: Db;
let cleanup: () => void;
let translator: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  translator = db.insert(users).values({ email: 't@example.org', name: 'T', passwordHash: 'x', role: 'translator' }).returning().get().id;
});
afterEach(() => cleanup());

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text }] }] });
const EVENT = { startsAt: '2021-05-26T04:00:00.000Z', endsAt: null, allDay: false, countryCode: 'TR', almatyProcess: true };

function entry(type: EntryType, details: EntryDetails, title: string, fields: Record<string, string> = {}) {
  const { storyId } = insertStoryWithTranslations(db, {
    type,
    details,
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations: [{ locale: 'en', title, summary: '', body: doc(title), fields, status: 'draft', publishedAt: null }],
  });
  return db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).get()!;
}

const textOf = (t: typeof entryTranslations.$inferSelect) => ({ title: t.title, slug: t.slug, summary: t.summary, body: t.body, dateline: '', seoTitle: '', seoDescription: '', publishedAt: null });
const common = { kind: 'story' as const, countries: [], topics: [], featured: false };

describe('an event', () => {
  it('keeps its dates and place, records them with the source, and never makes a translation stale by moving', () => {
    const t = entry('event', { event: EVENT }, 'Sixth Senior Officials Meeting', { venue: 'Istanbul', participants: '35 delegates' });
    expect(db.select().from(eventDetails).where(eq(eventDetails.entryId, t.entryId)).get()).toMatchObject({ countryCode: 'TR', almatyProcess: true, allDay: false });
    startTranslation(db, { storyId: t.entryId, locale: 'ru', actorId: translator });
    const ru = db.select().from(entryTranslations).where(eq(entryTranslations.locale, 'ru')).get()!;
    // The Russian version starts from a copy of the English fields.
    expect(ru.fields).toEqual({ venue: 'Istanbul', participants: '35 delegates' });

    const moved = { ...EVENT, startsAt: '2021-05-27T04:00:00.000Z', countryCode: 'KZ' };
    expect(saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: textOf(t), shared: { ...common, event: moved }, note: '', autosave: false, actorId: null }).ok).toBe(true);
    expect(db.select().from(eventDetails).where(eq(eventDetails.entryId, t.entryId)).get()?.startsAt.toISOString()).toBe('2021-05-27T04:00:00.000Z');
    const revision = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().at(-1)!;
    expect(revision.snapshot.shared?.event).toEqual(moved);
    expect(revision.minor).toBe(true);
    expect(getSyncState(db, ru.id)?.outOfDate).toBe(false);
  });

  it('makes the translation stale when its venue changes, and names that field', () => {
    const t = entry('event', { event: EVENT }, 'Round table', { venue: 'Tashkent', participants: '' });
    startTranslation(db, { storyId: t.entryId, locale: 'ru', actorId: translator });
    const ru = db.select().from(entryTranslations).where(eq(entryTranslations.locale, 'ru')).get()!;
    const saved = saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: { ...textOf(t), fields: { venue: 'Tashkent, Hyatt Regency', participants: '', notAField: 'x' } }, shared: { ...common, event: EVENT }, note: '', autosave: false, actorId: null });
    expect(saved.ok).toBe(true);
    // Only the fields an event has are kept.
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, t.id)).get()?.fields).toEqual({ venue: 'Tashkent, Hyatt Regency', participants: '' });
    const sync = getSyncState(db, ru.id)!;
    expect(sync.outOfDate).toBe(true);
    expect(sync.pending.map((c) => [c.key, c.before, c.after])).toEqual([['field:fields.venue', 'Tashkent', 'Tashkent, Hyatt Regency']]);
  });
});

describe('a country', () => {
  const KZ = { countryCode: 'KZ', membership: 'member' as const, hasMission: true, email: 'iomastana@iom.int', phone: '' };

  it('has one page per country: a second is refused and nothing changes', () => {
    entry('country', { country: KZ }, 'Kazakhstan');
    const other = entry('country', { country: { ...KZ, countryCode: 'KG', membership: null } }, 'Kyrgyzstan');
    const result = saveTranslation(db, { translationId: other.id, baseVersion: other.version, fields: textOf(other), shared: { ...common, country: KZ }, note: '', autosave: false, actorId: null });
    expect(result).toEqual({ ok: false, error: 'countryTaken' });
    expect(db.select().from(countryDetails).where(eq(countryDetails.entryId, other.entryId)).get()).toMatchObject({ countryCode: 'KG', membership: null });
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, other.id)).get()?.version).toBe(other.version);
  });
});

describe('a digest', () => {
  it('has one issue per month', () => {
    entry('digest', { digest: { issueMonth: '2021-05' } }, 'May 2021');
    const june = entry('digest', { digest: { issueMonth: '2021-06' } }, 'June 2021');
    expect(saveTranslation(db, { translationId: june.id, baseVersion: june.version, fields: textOf(june), shared: { ...common, digest: { issueMonth: '2021-05' } }, note: '', autosave: false, actorId: null })).toEqual({ ok: false, error: 'monthTaken' });
  });

  it('ignores another type’s details sent with it', () => {
    const t = entry('digest', { digest: { issueMonth: '2021-01' } }, 'January 2021');
    expect(saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: textOf(t), shared: { ...common, event: EVENT }, note: '', autosave: false, actorId: null }).ok).toBe(true);
    expect(db.select().from(eventDetails).all()).toEqual([]);
    expect(db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().at(-1)?.snapshot.shared).toMatchObject({ digest: { issueMonth: '2021-01' } });
  });
});
