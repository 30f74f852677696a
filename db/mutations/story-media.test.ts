import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Storage } from '@/lib/storage';
import type { Db } from '../client';
import { getEditableStory } from '../queries/admin-stories';
import { getStoryImages } from '../queries/media';
import { findMediaUsages } from '../queries/media-usage';
import { listPublishedStories, lookupStoryBySlug } from '../queries/stories';
import { media, publicationMedia, revisions, entryTranslations, translationMedia, translationPublications, users, type RichTextDoc, type RichTextNode, type SharedSnapshot } from '../schema';
import { deleteMedia, insertMedia, updateMediaText, type MediaText } from './media';
import { applyTransition, saveTranslation, startTranslation, type TranslationFields } from './story-editing';
import { withoutDeletedMedia } from './story-media';
import { insertStoryWithTranslations } from './stories';
import { getSyncState } from './translation-sync';

let db: Db;
let cleanup: () => void;
let editor: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  editor = db.insert(users).values({ email: 'e@example.org', name: 'E', passwordHash: 'x', role: 'editor' }).returning().get().id;
});
afterEach(() => cleanup());

const actor = { id: null, ip: null };
// deleteMedia removes files after the row; these tests only look at rows.
const noFiles: Storage = { put: async () => undefined, get: async () => null, exists: async () => false, delete: async () => undefined } as unknown as Storage;
const words = (alt: string): Partial<MediaText> => ({ alt, caption: '', creditBy: '', creditPlace: '' });

function addImage(name: string, alt: { en?: string; ru?: string }): number {
  return insertMedia(
    db,
    {
      sha256: createHash('sha256').update(name).digest('hex'),
      mime: 'image/png',
      width: 1200,
      height: 800,
      bytes: 1000,
      originalName: name,
      variants: [
        { width: 320, height: 213, bytes: 100 },
        { width: 1200, height: 800, bytes: 1000 },
      ],
      creditDate: '2021-05',
    },
    { en: words(alt.en ?? ''), ru: words(alt.ru ?? '') },
    actor,
  );
}

const paragraph = (id: string, text: string): RichTextNode => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });
const image = (id: string, mediaId: number): RichTextNode => ({ type: 'image', attrs: { id, mediaId } });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

function story(opts: { hero?: number | null; en?: RichTextDoc; ru?: RichTextDoc; status?: 'draft' | 'published' }) {
  const status = opts.status ?? 'draft';
  const publishedAt = status === 'published' ? new Date(Date.now() - 60_000) : null;
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    heroMediaId: opts.hero ?? null,
    authorId: editor,
    translations: [
      { locale: 'en', title: 'Water at the border', slug: 'water-at-the-border', summary: '', body: opts.en ?? doc(paragraph('p', 'Text.')), status, publishedAt },
      ...(opts.ru ? [{ locale: 'ru' as const, title: 'Вода на границе', slug: 'voda-na-granitse', summary: '', body: opts.ru, status, publishedAt }] : []),
    ],
  });
  const rows = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all();
  return { storyId, en: rows.find((r) => r.locale === 'en')!, ru: rows.find((r) => r.locale === 'ru') };
}

function save(translationId: number, change: { body?: RichTextDoc; shared?: SharedSnapshot }) {
  const row = db.select().from(entryTranslations).where(eq(entryTranslations.id, translationId)).get()!;
  const fields: TranslationFields = { title: row.title, slug: row.slug, summary: row.summary, body: change.body ?? row.body, dateline: row.dateline, seoTitle: row.seoTitle, seoDescription: row.seoDescription, publishedAt: row.publishedAt };
  return saveTranslation(db, { translationId, baseVersion: row.version, fields, shared: change.shared, note: '', autosave: false, actorId: editor });
}

const publish = (translationId: number, transition: 'publish' | 'schedule' = 'publish', at?: Date) => applyTransition(db, { translationId, transition, role: 'editor', at });
const shared = (heroMediaId: number | null): SharedSnapshot => ({ kind: 'story', countries: [], topics: [], heroMediaId });

describe('alt text is required to publish', () => {
  it('refuses to publish or schedule a language version whose hero or body image lacks alt text in that language, naming them', () => {
    const hero = addImage('hero.png', { en: 'A convoy at dawn', ru: '' });
    const inBody = addImage('checkpoint.png', { en: 'Volunteers hand out water' });
    const described = addImage('described.png', { en: 'A map', ru: 'Карта' });
    const { en, ru } = story({ hero, en: doc(paragraph('p', 'Text.'), image('i1', inBody), image('i2', described)), ru: doc(paragraph('p', 'Текст.'), image('i1', inBody), image('i2', described)) });

    // English has every alt text it needs.
    expect(publish(en.id)).toMatchObject({ ok: true, status: 'published' });

    // Russian lacks the hero's and one body image's: both named, hero first; nothing goes public.
    const refused = publish(ru!.id);
    expect(refused).toMatchObject({ ok: false, error: 'missingAlt' });
    if (refused.ok || refused.error !== 'missingAlt') throw new Error('expected missingAlt');
    expect(refused.images.map((i) => [i.mediaId, i.originalName])).toEqual([
      [hero, 'hero.png'],
      [inBody, 'checkpoint.png'],
    ]);
    expect(refused.images[0]!.variants.length).toBeGreaterThan(0);
    expect(publish(ru!.id, 'schedule', new Date(Date.now() + 3_600_000))).toMatchObject({ ok: false, error: 'missingAlt' });
    expect(db.select().from(translationPublications).where(eq(translationPublications.translationId, ru!.id)).get()).toBeUndefined();
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, ru!.id)).get()?.status).toBe('draft');

    // Blank is not alt text either.
    updateMediaText(db, hero, { creditDate: null, text: { en: { alt: 'A convoy at dawn', caption: '', creditBy: '', creditPlace: '' }, ru: { alt: 'Колонна на рассвете', caption: '', creditBy: '', creditPlace: '' } } }, actor);
    updateMediaText(db, inBody, { creditDate: null, text: { en: { alt: 'Volunteers hand out water', caption: '', creditBy: '', creditPlace: '' }, ru: { alt: '   ', caption: '', creditBy: '', creditPlace: '' } } }, actor);
    expect(publish(ru!.id)).toMatchObject({ ok: false, images: [{ mediaId: inBody }] });
    updateMediaText(db, inBody, { creditDate: null, text: { en: { alt: 'Volunteers hand out water', caption: '', creditBy: '', creditPlace: '' }, ru: { alt: 'Волонтёры раздают воду', caption: '', creditBy: '', creditPlace: '' } } }, actor);
    expect(publish(ru!.id, 'schedule', new Date(Date.now() + 3_600_000))).toMatchObject({ ok: true, status: 'scheduled' });
  });

  it('checks the hero the publish would take: a new hero without alt text stops the next publish, the live page keeps the old one', () => {
    const old = addImage('old.png', { en: 'Old picture' });
    const { storyId, en } = story({ hero: old, status: 'published' });
    const fresh = addImage('new.png', {});
    expect(save(en.id, { shared: shared(fresh) })).toMatchObject({ ok: true });
    expect(lookupStoryBySlug('en', 'water-at-the-border')).toMatchObject({ kind: 'found', story: { heroMediaId: old } });
    expect(getEditableStory(storyId)?.translations.en?.hasUnpublishedChanges).toBe(true);
    expect(publish(en.id)).toMatchObject({ ok: false, error: 'missingAlt', images: [{ mediaId: fresh, originalName: 'new.png' }] });
    updateMediaText(db, fresh, { creditDate: null, text: { en: { alt: 'New picture', caption: '', creditBy: '', creditPlace: '' }, ru: { alt: '', caption: '', creditBy: '', creditPlace: '' } } }, actor);
    expect(publish(en.id)).toMatchObject({ ok: true });
    expect(lookupStoryBySlug('en', 'water-at-the-border')).toMatchObject({ kind: 'found', story: { heroMediaId: fresh } });
  });

  it('keeps the alt text of an image a published page shows in that language', () => {
    const id = addImage('live.png', { en: 'On the live page' });
    story({ en: doc(image('i', id)), status: 'published' });
    const text = (en: string, ru: string) => ({ creditDate: null, text: { en: { alt: en, caption: '', creditBy: '', creditPlace: '' }, ru: { alt: ru, caption: '', creditBy: '', creditPlace: '' } } });
    expect(updateMediaText(db, id, text('', ''), actor)).toEqual({ ok: false, error: 'alt_required', locales: ['en'] });
    expect(updateMediaText(db, id, text('Reworded', ''), actor)).toEqual({ ok: true });
  });
});

describe('where an image is used', () => {
  it('finds the stories showing it as hero or in a working or live body, and refuses to delete it until none does', async () => {
    const id = addImage('used.png', { en: 'Used', ru: 'Используется' });
    const asHero = story({ hero: id });
    const inBody = story({ en: doc(paragraph('p', 'x'), image('i', id)), ru: doc(image('i', id)), status: 'published' });
    db.update(entryTranslations).set({ title: 'Second story' }).where(eq(entryTranslations.id, inBody.en.id)).run();

    expect(findMediaUsages(db, id)).toEqual([
      { kind: 'story', id: asHero.storyId, title: 'Water at the border', hero: true, bodyLocales: [] },
      { kind: 'story', id: inBody.storyId, title: 'Second story', hero: false, bodyLocales: ['en', 'ru'] },
    ]);
    const refused = await deleteMedia(db, noFiles, id, actor);
    expect(refused).toMatchObject({ ok: false, error: 'in_use', usages: [{ id: asHero.storyId }, { id: inBody.storyId }] });

    // Taken out of the working copies: the live copies still show it.
    expect(save(asHero.en.id, { shared: shared(null) })).toMatchObject({ ok: true });
    expect(save(inBody.en.id, { body: doc(paragraph('p', 'x')) })).toMatchObject({ ok: true });
    expect(save(inBody.ru!.id, { body: doc(paragraph('p', 'y')) })).toMatchObject({ ok: true });
    expect(findMediaUsages(db, id)).toEqual([{ kind: 'story', id: inBody.storyId, title: 'Second story', hero: false, bodyLocales: ['en', 'ru'] }]);
    // Republished in English, unpublished in Russian: used nowhere.
    expect(publish(inBody.en.id)).toMatchObject({ ok: true });
    expect(applyTransition(db, { translationId: inBody.ru!.id, transition: 'unpublish', role: 'editor' })).toMatchObject({ ok: true });
    expect(findMediaUsages(db, id)).toEqual([]);
    expect(await deleteMedia(db, noFiles, id, actor)).toMatchObject({ ok: true });
  });

  it('answers from the reference tables, and the database itself refuses to delete a referenced image', () => {
    const id = addImage('kept.png', { en: 'Kept' });
    const { en } = story({ en: doc(image('i', id)), status: 'published' });
    expect(db.select().from(translationMedia).all()).toEqual([{ translationId: en.id, mediaId: id }]);
    expect(db.select().from(publicationMedia).all()).toEqual([{ translationId: en.id, mediaId: id }]);
    expect(() => db.delete(media).where(eq(media.id, id)).run()).toThrow(/FOREIGN KEY/);
  });

  it('a translation started from its source shows the same images, and says so', () => {
    const id = addImage('shared.png', { en: 'Shared' });
    const { storyId, en } = story({ en: doc(paragraph('p', 'x'), image('i', id)) });
    const started = startTranslation(db, { storyId, locale: 'ru', actorId: editor });
    if (!started.ok) throw new Error(started.error);
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, started.translationId)).get()?.body.content[1]).toEqual(image('i', id));
    expect(db.select().from(translationMedia).all().map((r) => r.translationId).sort()).toEqual([en.id, started.translationId].sort());
  });
});

describe('saving a story with images', () => {
  it('refuses an image deleted from the library since it was chosen; a restore leaves such images out', async () => {
    const gone = addImage('gone.png', { en: 'Gone' });
    const kept = addImage('kept.png', { en: 'Kept' });
    const { en } = story({});
    expect(save(en.id, { body: doc(image('a', gone), image('b', kept)), shared: shared(gone) })).toMatchObject({ ok: true });
    const snapshot = db.select().from(revisions).where(eq(revisions.translationId, en.id)).all().at(-1)!.snapshot;
    expect(save(en.id, { body: doc(paragraph('p', 'x')), shared: shared(null) })).toMatchObject({ ok: true });
    expect(await deleteMedia(db, noFiles, gone, actor)).toMatchObject({ ok: true });

    expect(save(en.id, { body: snapshot.body })).toEqual({ ok: false, error: 'mediaMissing', mediaIds: [gone] });
    expect(save(en.id, { shared: shared(gone) })).toEqual({ ok: false, error: 'mediaMissing', mediaIds: [gone] });
    const restorable = withoutDeletedMedia(db, snapshot);
    expect(restorable.body).toEqual(doc(image('b', kept)));
    expect(restorable.shared?.heroMediaId).toBeNull();
    expect(save(en.id, { body: restorable.body, shared: restorable.shared })).toMatchObject({ ok: true });
  });

  it('records the hero in the source revision without putting translations out of step', () => {
    const id = addImage('hero.png', { en: 'Hero', ru: 'Герой' });
    const { en, ru } = story({ ru: doc(paragraph('p', 'Текст.')) });
    expect(save(en.id, { shared: shared(id) })).toMatchObject({ ok: true });
    const latest = db.select().from(revisions).where(eq(revisions.translationId, en.id)).all().at(-1)!;
    expect(latest.snapshot.shared?.heroMediaId).toBe(id);
    expect(latest.minor).toBe(true);
    expect(getSyncState(db, ru!.id)).toMatchObject({ outOfDate: false });
  });

  it('puts translations out of step when an image is added to the source text', () => {
    const id = addImage('added.png', { en: 'Added' });
    const { en, ru } = story({ ru: doc(paragraph('p', 'Текст.')) });
    expect(save(en.id, { body: doc(paragraph('p', 'Text.'), image('new', id)) })).toMatchObject({ ok: true });
    const state = getSyncState(db, ru!.id)!;
    expect(state.outOfDate).toBe(true);
    expect(state.changes).toMatchObject([{ key: 'block:new', change: 'added', image: { before: null, after: id } }]);
  });
});

describe('the public pages', () => {
  it('load a story’s images in the reader’s language, and a list its heroes as thumbnails', () => {
    const hero = addImage('hero.png', { en: 'A convoy at dawn', ru: 'Колонна на рассвете' });
    const inBody = addImage('body.png', { en: 'Volunteers', ru: 'Волонтёры' });
    story({ hero, en: doc(image('i', inBody)), ru: doc(image('i', inBody)), status: 'published' });
    const images = getStoryImages([hero, inBody, hero], 'ru');
    expect([...images.keys()].sort()).toEqual([hero, inBody].sort());
    expect(images.get(hero)).toMatchObject({ alt: 'Колонна на рассвете', creditDate: '2021-05', width: 1200 });
    const [card] = listPublishedStories('en', 1).items;
    expect(card?.thumbnail).toMatchObject({ width: 1200, height: 800, sha256: createHash('sha256').update('hero.png').digest('hex') });
  });
});
