import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { listTranslationQueue } from '../queries/translations';
import { entryTranslations, users, type RichTextDoc } from '../schema';
import { saveTranslation, startTranslation, type TranslationFields } from './story-editing';
import { insertStoryWithTranslations } from './stories';
import { getSyncState, markSourceChange } from './translation-sync';

let db: Db;
let cleanup: () => void;
let editor: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  editor = db.insert(users).values({ email: 'e@example.org', name: 'E', passwordHash: 'x', role: 'editor' }).returning().get().id;
});
afterEach(() => cleanup());

const body = (...blocks: [string, string][]): RichTextDoc => ({ type: 'doc', content: blocks.map(([id, text]) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] })) });

function setup() {
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: editor,
    translations: [
      { locale: 'en', title: 'Return home', summary: 'S', body: body(['a', 'One.'], ['b', 'Two.']), status: 'published', publishedAt: new Date(Date.now() - 1000) },
      { locale: 'ru', title: 'Возвращение домой', summary: 'К', body: body(['a', 'Один.'], ['b', 'Два.']), status: 'published', publishedAt: new Date(Date.now() - 1000) },
    ],
  });
  const rows = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all();
  return { storyId, en: rows.find((r) => r.locale === 'en')!, ru: rows.find((r) => r.locale === 'ru')! };
}

function editSource(en: { id: number }, version: number, fields: Partial<TranslationFields>, minor = false, autosave = false) {
  const current = db.select().from(entryTranslations).where(eq(entryTranslations.id, en.id)).get()!;
  const result = saveTranslation(db, {
    translationId: en.id,
    baseVersion: version,
    fields: { title: current.title, slug: current.slug, summary: current.summary, body: current.body, dateline: current.dateline, seoTitle: current.seoTitle, seoDescription: current.seoDescription, publishedAt: current.publishedAt, ...fields },
    note: '', autosave, actorId: editor, minor,
  });
  if (!result.ok) throw new Error(result.error);
  return result.version;
}

describe('translation staleness', () => {
  it('a translation is in step until its source’s words change', () => {
    const { en, ru } = setup();
    expect(getSyncState(db, ru.id)).toMatchObject({ outOfDate: false, changes: [] });
    expect(listTranslationQueue()).toEqual([]);
    editSource(en, 1, { body: body(['a', 'One, reworded.'], ['b', 'Two.']) });
    const state = getSyncState(db, ru.id)!;
    expect(state.outOfDate).toBe(true);
    expect(state.changes.map((c) => [c.key, c.before, c.after])).toEqual([['block:a', 'One.', 'One, reworded.']]);
    expect(listTranslationQueue().map((q) => [q.targetLocale, q.reasons])).toEqual([['ru', ['out_of_date']]]);
  });

  it('“minor edit” ticked after typing covers the autosaves that led up to that save', () => {
    const { en, ru } = setup();
    // Typing autosaves before the box is ticked: for a moment the translation is out of date.
    let v = editSource(en, 1, { body: body(['a', 'One,'], ['b', 'Two.']) }, false, true);
    expect(getSyncState(db, ru.id)!.outOfDate).toBe(true);
    v = editSource(en, v, { body: body(['a', 'One,'], ['b', 'Two.']) }, true);
    expect(getSyncState(db, ru.id)!.outOfDate).toBe(false);
    expect(listTranslationQueue()).toEqual([]);
    // Only that run of autosaves: an earlier saved change still counts, and so does the next one.
    const { en: en2, ru: ru2 } = setup();
    let w = editSource(en2, 1, { body: body(['a', 'Changed.'], ['b', 'Two.']) });
    w = editSource(en2, w, { body: body(['a', 'Changed.'], ['b', 'Two,']) }, false, true);
    editSource(en2, w, { body: body(['a', 'Changed.'], ['b', 'Two,']) }, true);
    expect(getSyncState(db, ru2.id)!.outOfDate).toBe(true);
    editSource(en, v, { body: body(['a', 'One, and more.'], ['b', 'Two.']) });
    expect(getSyncState(db, ru.id)!.outOfDate).toBe(true);
  });

  it('a minor edit, or a change to the date or shared fields only, leaves translations in step', () => {
    const { en, ru } = setup();
    let v = editSource(en, 1, { body: body(['a', 'One!'], ['b', 'Two.']) }, true);
    v = editSource(en, v, { publishedAt: new Date('2021-01-01T00:00:00Z') });
    const current = db.select().from(entryTranslations).where(eq(entryTranslations.id, en.id)).get()!;
    saveTranslation(db, { translationId: en.id, baseVersion: v, fields: { ...current }, shared: { kind: 'press_release', countries: ['KZ'], topics: ['x'] }, note: '', autosave: false, actorId: editor });
    expect(getSyncState(db, ru.id)?.outOfDate).toBe(false);
    expect(listTranslationQueue()).toEqual([]);
  });

  it('is in step again once every change is marked, and a mark stops holding when the source moves on', () => {
    const { en, ru } = setup();
    const v = editSource(en, 1, { title: 'Return home, at last', body: body(['b', 'Two.'], ['a', 'One.'], ['n', 'New paragraph.']) });
    const keys = getSyncState(db, ru.id)!.changes.map((c) => c.key);
    expect(keys).toEqual(['field:title', 'block:a', 'block:n']); // a and b swapped: a counts as moved
    expect(markSourceChange(db, { translationId: ru.id, key: 'field:title', resolution: 'updated', actorId: editor })).toEqual({ ok: true, inStep: false, pending: 2 });
    expect(markSourceChange(db, { translationId: ru.id, key: 'block:a', resolution: 'no_change', actorId: editor })).toEqual({ ok: true, inStep: false, pending: 1 });
    // The source changes the new paragraph again before the translator gets to it.
    editSource(en, v, { body: body(['b', 'Two.'], ['a', 'One.'], ['n', 'New paragraph, edited.']) });
    expect(getSyncState(db, ru.id)!.pending.map((c) => c.key)).toEqual(['block:n']);
    expect(markSourceChange(db, { translationId: ru.id, key: 'block:n', resolution: 'updated', actorId: editor })).toEqual({ ok: true, inStep: true, pending: 0 });
    expect(getSyncState(db, ru.id)).toMatchObject({ outOfDate: false, changes: [], marks: [] });
    expect(markSourceChange(db, { translationId: ru.id, key: 'block:n', resolution: 'updated', actorId: editor })).toEqual({ ok: false, error: 'notAChange' });
  });

  it('a removed source block is a change to handle too', () => {
    const { en, ru } = setup();
    editSource(en, 1, { body: body(['a', 'One.']) });
    expect(getSyncState(db, ru.id)!.changes.map((c) => [c.key, c.change])).toEqual([['block:b', 'removed']]);
  });

  it('the queue lists missing versions and translations in review, oldest source first', () => {
    const { ru } = setup();
    insertStoryWithTranslations(db, {
      kind: 'press_release', sourceLocale: 'en', topics: [], countries: [], authorId: editor,
      translations: [{ locale: 'en', title: 'Older, untranslated', summary: '', body: body(['x', 'X']), status: 'published', publishedAt: new Date('2021-01-01T00:00:00Z') }],
    });
    insertStoryWithTranslations(db, {
      kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: editor,
      translations: [{ locale: 'en', title: 'Still a draft', summary: '', body: body(['y', 'Y']), status: 'draft', publishedAt: null }],
    });
    db.update(entryTranslations).set({ status: 'in_review' }).where(eq(entryTranslations.id, ru.id)).run();
    expect(listTranslationQueue().map((q) => [q.sourceTitle, q.reasons])).toEqual([
      ['Older, untranslated', ['missing']],
      ['Return home', ['in_review']],
    ]);
    expect(listTranslationQueue({ reason: 'missing' }).map((q) => q.sourceTitle)).toEqual(['Older, untranslated']);
  });

  it('a started translation is in step with the source it copied', () => {
    const { storyId } = insertStoryWithTranslations(db, {
      kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: editor,
      translations: [{ locale: 'en', title: 'Only English', summary: '', body: body(['x', 'X']), status: 'published', publishedAt: new Date(Date.now() - 1000) }],
    });
    const started = startTranslation(db, { storyId, locale: 'ru', actorId: editor });
    expect(started.ok).toBe(true);
    if (started.ok) expect(getSyncState(db, started.translationId)?.outOfDate).toBe(false);
  });
});
