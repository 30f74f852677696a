import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { listPublishedStories, lookupStoryBySlug } from '../queries/stories';
import { auditLog, revisions, entryCountries, entryTranslations, users } from '../schema';
import { AUTOSAVE_COALESCE_MS, applyTransition, promoteDueScheduled, saveTranslation, type TranslationFields } from './story-editing';
import { insertStoryWithTranslations } from './stories';

let db: Db;
let cleanup: () => void;
let alice: number;
let bob: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  [alice, bob] = ['alice', 'bob'].map(
    (name) => db.insert(users).values({ email: `${name}@example.org`, name, passwordHash: 'x', role: 'editor' }).returning().get().id,
  ) as [number, number];
});
afterEach(() => cleanup());

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text }] }] });
const MINUTE = 60_000;

function newStory(status: 'draft' | 'published' = 'draft') {
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: ['KZ'],
    authorId: alice,
    translations: [{ locale: 'en', title: 'Original title', summary: 'Original summary', body: doc('Original body'), status, publishedAt: status === 'published' ? new Date(Date.now() - MINUTE) : null }],
  });
  return db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).get()!;
}

function fields(over: Partial<TranslationFields> = {}): TranslationFields {
  return { title: 'Original title', slug: 'original-title', summary: 'Original summary', body: doc('Original body'), dateline: '', seoTitle: '', seoDescription: '', publishedAt: null, ...over };
}

const bodyText = (snapshotBody: { content: { content?: { text?: string }[] }[] }) => snapshotBody.content[0]?.content?.[0]?.text;

describe('saveTranslation', () => {
  it('saves the working copy and appends a revision with who and the note', () => {
    const t = newStory();
    const result = saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ title: 'New title' }), note: 'Tightened the headline', autosave: false, actorId: bob });
    expect(result).toMatchObject({ ok: true, version: 2 });
    const revs = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all();
    expect(revs.map((r) => [r.version, r.snapshot.title, r.authorId, r.note])).toEqual([
      [1, 'Original title', alice, ''],
      [2, 'New title', bob, 'Tightened the headline'],
    ]);
  });

  it('refuses a save based on an old version and hands back the current one', () => {
    const t = newStory();
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ body: doc('Alice’s paragraph') }), note: '', autosave: false, actorId: alice });
    const bobs = saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ body: doc('Bob’s paragraph') }), note: '', autosave: false, actorId: bob });
    expect(bobs.ok).toBe(false);
    if (bobs.ok || bobs.error !== 'conflict') throw new Error('expected a conflict');
    expect(bobs.current.version).toBe(2);
    expect(bobs.current.updatedById).toBe(alice);
    expect(bodyText(bobs.current.snapshot.body)).toBe('Alice’s paragraph');
    // Nothing of Alice's was overwritten.
    expect(bodyText(db.select().from(entryTranslations).where(eq(entryTranslations.id, t.id)).get()!.body)).toBe('Alice’s paragraph');
  });

  it('two concurrent saves cannot lose either one’s text', () => {
    const t = newStory();
    // Both opened version 1. Alice saves first; Bob is refused, sees Alice's version, and keeps his own.
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ body: doc('Alice’s text') }), note: '', autosave: false, actorId: alice });
    const refused = saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ body: doc('Bob’s text') }), note: '', autosave: false, actorId: bob });
    expect(refused).toMatchObject({ ok: false, error: 'conflict' });
    const kept = saveTranslation(db, { translationId: t.id, baseVersion: 2, fields: fields({ body: doc('Bob’s text') }), note: 'Kept my version', autosave: false, actorId: bob });
    expect(kept).toMatchObject({ ok: true, version: 3 });
    const texts = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().map((r) => bodyText(r.snapshot.body));
    expect(texts).toEqual(['Original body', 'Alice’s text', 'Bob’s text']);
  });

  it('never changes the live page: saving a published story only changes the working copy', () => {
    const t = newStory('published');
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ title: 'Unpublished change' }), note: '', autosave: true, actorId: alice });
    expect(listPublishedStories('en', 1).items.map((s) => s.title)).toEqual(['Original title']);
    const page = lookupStoryBySlug('en', 'original-title');
    expect(page.kind === 'found' && page.story.title).toBe('Original title');
  });

  it('folds one person’s autosaves within minutes into one revision; a manual save always appends', () => {
    const t = newStory();
    const at = (m: number) => new Date(Date.now() + m * MINUTE);
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ title: 'a' }), note: '', autosave: true, actorId: alice, now: at(0) });
    saveTranslation(db, { translationId: t.id, baseVersion: 2, fields: fields({ title: 'ab' }), note: '', autosave: true, actorId: alice, now: at(1) });
    saveTranslation(db, { translationId: t.id, baseVersion: 3, fields: fields({ title: 'abc' }), note: '', autosave: true, actorId: alice, now: at(1 + AUTOSAVE_COALESCE_MS / MINUTE + 1) });
    saveTranslation(db, { translationId: t.id, baseVersion: 4, fields: fields({ title: 'abcd' }), note: 'done', autosave: false, actorId: alice, now: at(13) });
    saveTranslation(db, { translationId: t.id, baseVersion: 5, fields: fields({ title: 'abcde' }), note: '', autosave: true, actorId: bob, now: at(14) });
    const revs = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all();
    expect(revs.map((r) => [r.version, r.snapshot.title])).toEqual([
      [1, 'Original title'],
      [3, 'ab'],
      [4, 'abc'],
      [5, 'abcd'],
      [6, 'abcde'],
    ]);
  });

  it('refuses a slug another story uses in that language, live or not', () => {
    const first = newStory();
    const second = insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: alice, translations: [{ locale: 'en', title: 'Second', summary: '', body: doc('x'), status: 'draft', publishedAt: null }] });
    const secondT = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, second.storyId)).get()!;
    expect(saveTranslation(db, { translationId: secondT.id, baseVersion: 1, fields: fields({ slug: first.slug }), note: '', autosave: false, actorId: alice })).toEqual({ ok: false, error: 'slugTaken' });
  });

  it('saves the shared fields with the source translation and records them in the revision', () => {
    const t = newStory();
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields(), shared: { kind: 'press_release', countries: ['UZ', 'KG', 'UZ'], topics: ['almaty-process'] }, note: '', autosave: false, actorId: alice });
    expect(db.select().from(entryCountries).where(eq(entryCountries.entryId, t.entryId)).all().map((c) => c.countryCode).sort()).toEqual(['KG', 'UZ']);
    const latest = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().at(-1);
    // Left out of the input, the hero stays as it was (none), and the revision records it.
    expect(latest?.snapshot.shared).toEqual({ kind: 'press_release', countries: ['KG', 'UZ'], topics: ['almaty-process'], heroMediaId: null, featured: false });
  });
});

describe('applyTransition', () => {
  it('publishes the saved working copy and later publishes saved changes', () => {
    const t = newStory();
    expect(applyTransition(db, { translationId: t.id, transition: 'publish', role: 'editor' })).toMatchObject({ ok: true, status: 'published' });
    expect(listPublishedStories('en', 1).items.map((s) => s.title)).toEqual(['Original title']);
    const firstDate = listPublishedStories('en', 1).items[0]!.publishedAt;

    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ title: 'Corrected title', slug: 'corrected-title' }), note: '', autosave: false, actorId: alice });
    const again = applyTransition(db, { translationId: t.id, transition: 'publish', role: 'editor' });
    expect(again).toMatchObject({ ok: true, slugs: ['corrected-title', 'original-title'] });
    const items = listPublishedStories('en', 1).items;
    expect(items.map((s) => [s.title, s.slug])).toEqual([['Corrected title', 'corrected-title']]);
    expect(items[0]!.publishedAt).toEqual(firstDate);
  });

  it('refuses what the workflow does not allow, whoever asks', () => {
    const t = newStory();
    expect(applyTransition(db, { translationId: t.id, transition: 'publish', role: 'translator' })).toEqual({ ok: false, error: 'invalidTransition' });
    expect(applyTransition(db, { translationId: t.id, transition: 'unpublish', role: 'editor' })).toEqual({ ok: false, error: 'invalidTransition' });
    expect(listPublishedStories('en', 1).items).toEqual([]);
  });

  it('schedules a story that becomes public at its time by itself, and records it as published', () => {
    const t = newStory();
    const now = new Date();
    expect(applyTransition(db, { translationId: t.id, transition: 'schedule', role: 'editor', at: new Date(now.getTime() - MINUTE), now })).toEqual({ ok: false, error: 'scheduleInPast' });
    const at = new Date(now.getTime() + 5 * MINUTE);
    expect(applyTransition(db, { translationId: t.id, transition: 'schedule', role: 'editor', at, now })).toMatchObject({ ok: true, status: 'scheduled' });
    expect(listPublishedStories('en', 1).items).toEqual([]);
    expect(lookupStoryBySlug('en', 'original-title')).toEqual({ kind: 'missing' });

    // No one acts: once the time has passed the story is live, and the scheduler records it.
    db.update(entryTranslations).set({ publishedAt: new Date(now.getTime() - MINUTE) }).where(eq(entryTranslations.id, t.id)).run();
    db.$client.prepare('update translation_publications set published_at = ? where translation_id = ?').run(now.getTime() - MINUTE, t.id);
    expect(listPublishedStories('en', 1).items.map((s) => s.title)).toEqual(['Original title']);
    expect(promoteDueScheduled(db, now)).toEqual([{ translationId: t.id, locale: 'en', slug: 'original-title' }]);
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, t.id)).get()!.status).toBe('published');
    expect(db.select().from(auditLog).all().map((a) => a.action)).toContain('translation.publish_scheduled');
    expect(promoteDueScheduled(db, now)).toEqual([]);
  });

  it('changes to a published translation go to review while the live copy stays, and withdrawing keeps it published', () => {
    const t = newStory('published');
    saveTranslation(db, { translationId: t.id, baseVersion: 1, fields: fields({ title: 'Changed' }), note: '', autosave: false, actorId: alice });
    expect(applyTransition(db, { translationId: t.id, transition: 'submit', role: 'translator' })).toMatchObject({ ok: true, status: 'in_review' });
    expect(listPublishedStories('en', 1).items.map((s) => s.title)).toEqual(['Original title']);
    expect(applyTransition(db, { translationId: t.id, transition: 'withdraw', role: 'translator' })).toMatchObject({ ok: true, status: 'published' });
    applyTransition(db, { translationId: t.id, transition: 'submit', role: 'translator' });
    expect(applyTransition(db, { translationId: t.id, transition: 'publish', role: 'editor' })).toMatchObject({ ok: true, status: 'published' });
    expect(listPublishedStories('en', 1).items.map((s) => s.title)).toEqual(['Changed']);
  });

  it('unpublishing and archiving take the story off the site', () => {
    const t = newStory('published');
    expect(applyTransition(db, { translationId: t.id, transition: 'unpublish', role: 'editor' })).toMatchObject({ ok: true, status: 'draft' });
    expect(listPublishedStories('en', 1).items).toEqual([]);
    applyTransition(db, { translationId: t.id, transition: 'publish', role: 'editor' });
    expect(applyTransition(db, { translationId: t.id, transition: 'archive', role: 'admin' })).toMatchObject({ ok: true, status: 'archived' });
    expect(lookupStoryBySlug('en', 'original-title')).toEqual({ kind: 'missing' });
  });

  it('publishes each language on its own', () => {
    const { storyId } = insertStoryWithTranslations(db, {
      kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: alice,
      translations: [
        { locale: 'en', title: 'English today', summary: '', body: doc('x'), status: 'draft', publishedAt: null },
        { locale: 'ru', title: 'Русский завтра', summary: '', body: doc('x'), status: 'draft', publishedAt: null },
      ],
    });
    const [en, ru] = ['en', 'ru'].map((l) => db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all().find((t) => t.locale === l)!);
    applyTransition(db, { translationId: en!.id, transition: 'publish', role: 'editor' });
    expect(listPublishedStories('en', 1).total).toBe(1);
    expect(listPublishedStories('ru', 1).total).toBe(0);
    applyTransition(db, { translationId: ru!.id, transition: 'publish', role: 'editor' });
    expect(listPublishedStories('ru', 1).total).toBe(1);
  });
});
