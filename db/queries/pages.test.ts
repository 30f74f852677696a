import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { saveTranslation } from '../mutations/story-editing';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { entryTranslations, pageDetails, revisions } from '../schema';
import { getSectionNav, listPageParentOptions, listPagesForAdmin, lookupPageBySlug, lookupSectionFront, nextPagePosition } from './pages';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const DAY = 24 * 60 * 60 * 1000;
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text }] }] });

function draft(locale: 'en' | 'ru', title: string, slug: string, live = true): TranslationDraft {
  return { locale, title, slug, summary: `${title} summary`, body: doc(`${title} body`), status: live ? 'published' : 'draft', publishedAt: live ? new Date(Date.now() - DAY) : null };
}

function page(parentId: number | null, position: number, ...translations: TranslationDraft[]) {
  return insertStoryWithTranslations(db, {
    type: 'page',
    details: { page: { section: 'almaty-process', parentId, position } },
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations,
  }).storyId;
}

/** The Almaty Process tree: front (About, Members › Observers, FAQ), with Russian for some. */
function tree() {
  const front = page(null, 0, draft('en', 'The Almaty Process', 'the-almaty-process'), draft('ru', 'Алматинский процесс', 'almatinskiy-protsess'));
  const faq = page(front, 2, draft('en', 'FAQ', 'faq'));
  const members = page(front, 1, draft('en', 'Members', 'members'), draft('ru', 'Члены', 'chleny'));
  const observers = page(members, 0, draft('en', 'Observers', 'observers'), draft('ru', 'Наблюдатели', 'nablyudateli'));
  const draftOnly = page(front, 3, draft('en', 'Unpublished', 'unpublished', false));
  return { front, faq, members, observers, draftOnly };
}

describe('section pages', () => {
  it('lists the admin tree in reading order with each language version', () => {
    const { front, faq, members, observers, draftOnly } = tree();
    const rows = listPagesForAdmin('almaty-process');
    expect(rows.map((r) => [r.id, r.depth])).toEqual([
      [front, 0],
      [members, 1],
      [observers, 2],
      [faq, 1],
      [draftOnly, 1],
    ]);
    expect(rows[0]?.translations.ru).toMatchObject({ title: 'Алматинский процесс', live: true });
    expect(rows[3]?.translations.ru).toBeUndefined();
  });

  it('offers as parents every page but the page itself and those below it', () => {
    const { front, faq, members, observers, draftOnly } = tree();
    expect(listPageParentOptions(members, 'almaty-process', 'en').map((o) => o.id)).toEqual([front, faq, draftOnly]);
    // A new page may go anywhere; titles in the admin's language where the page has it.
    const forNew = listPageParentOptions(null, 'almaty-process', 'ru');
    expect(forNew.map((o) => o.id)).toEqual([front, members, observers, faq, draftOnly]);
    expect(forNew[3]?.title).toBe('FAQ');
    expect(forNew[1]?.title).toBe('Члены');
  });

  it('puts a new page last among its siblings', () => {
    const { front, members } = tree();
    expect(nextPagePosition('almaty-process', front)).toBe(4);
    expect(nextPagePosition('almaty-process', members)).toBe(1);
    expect(nextPagePosition('almaty-process', null)).toBe(1);
  });

  it('navigates only the pages live in the reader’s language, the front page first', () => {
    const { front, members, observers } = tree();
    expect(getSectionNav('almaty-process', 'ru').map((n) => [n.id, n.depth, n.isFront])).toEqual([
      [front, 0, true],
      [members, 1, false],
      [observers, 2, false],
    ]);
    expect(getSectionNav('almaty-process', 'en').map((n) => n.title)).toEqual(['The Almaty Process', 'Members', 'Observers', 'FAQ']);
  });

  it('finds the front page at the section’s address and sends its own slug there', () => {
    const { front } = tree();
    const result = lookupSectionFront('almaty-process', 'ru');
    expect(result.kind === 'found' && result.page).toMatchObject({ id: front, title: 'Алматинский процесс', isFront: true, alternates: { en: 'the-almaty-process', ru: 'almatinskiy-protsess' } });
    expect(lookupPageBySlug('almaty-process', 'en', 'the-almaty-process')).toEqual({ kind: 'redirect', to: 'front' });
  });

  it('resolves a slug: its own page, the other language’s slug to this one’s, an untranslated page, a draft as missing', () => {
    tree();
    const found = lookupPageBySlug('almaty-process', 'en', 'members');
    expect(found.kind === 'found' && found.page.title).toBe('Members');
    expect(lookupPageBySlug('almaty-process', 'ru', 'members')).toEqual({ kind: 'redirect', to: { slug: 'chleny' } });
    expect(lookupPageBySlug('almaty-process', 'ru', 'faq')).toEqual({ kind: 'untranslated', available: { locale: 'en', slug: 'faq', title: 'FAQ', summary: 'FAQ summary', isFront: false } });
    expect(lookupPageBySlug('almaty-process', 'en', 'unpublished')).toEqual({ kind: 'missing' });
    expect(lookupPageBySlug('almaty-process', 'en', 'no-such-page')).toEqual({ kind: 'missing' });
  });

  it('does not take a story’s slug for a page', () => {
    insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: null, translations: [draft('en', 'A story', 'a-story')] });
    expect(lookupPageBySlug('almaty-process', 'en', 'a-story')).toEqual({ kind: 'missing' });
  });
});

describe('saving a page', () => {
  function source(entryId: number) {
    return db.select().from(entryTranslations).where(eq(entryTranslations.entryId, entryId)).all().find((t) => t.locale === 'en')!;
  }
  const fields = (t: ReturnType<typeof source>) => ({ title: t.title, slug: t.slug, summary: t.summary, body: t.body, dateline: '', seoTitle: '', seoDescription: '', publishedAt: null });
  const shared = (parentId: number | null, position: number) => ({ kind: 'story' as const, countries: [], topics: [], featured: false, page: { section: 'almaty-process' as const, parentId, position } });

  it('moves a page under another and records its place in the revision', () => {
    const { faq, members } = tree();
    const t = source(faq);
    const saved = saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: fields(t), shared: shared(members, 5), note: '', autosave: false, actorId: null });
    expect(saved.ok).toBe(true);
    expect(db.select().from(pageDetails).where(eq(pageDetails.entryId, faq)).get()).toMatchObject({ parentId: members, position: 5, section: 'almaty-process' });
    const revision = db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().at(-1);
    expect(revision?.snapshot.shared?.page).toEqual({ section: 'almaty-process', parentId: members, position: 5 });
    // Moving a page is a shared change: translations stay in step.
    expect(revision?.minor).toBe(true);
  });

  it('refuses to put a page under itself or under a page below it, and changes nothing', () => {
    const { members, observers } = tree();
    const t = source(members);
    for (const parentId of [members, observers]) {
      expect(saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: fields(t), shared: shared(parentId, 0), note: '', autosave: false, actorId: null })).toEqual({ ok: false, error: 'invalidParent' });
    }
    expect(source(members).version).toBe(t.version);
    expect(db.select().from(pageDetails).where(eq(pageDetails.entryId, members)).get()?.parentId).not.toBe(observers);
  });

  it('keeps no per-language fields a page does not have', () => {
    const { faq } = tree();
    const t = source(faq);
    const saved = saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields: { ...fields(t), fields: { venue: 'Almaty' } }, shared: shared(null, 0), note: '', autosave: false, actorId: null });
    expect(saved.ok).toBe(true);
    expect(source(faq).fields).toEqual({});
    expect(db.select().from(revisions).where(eq(revisions.translationId, t.id)).all().at(-1)?.minor).toBe(true);
  });
});

describe('a page’s slug', () => {
  it('is never one of the section’s fixed addresses', () => {
    const id = page(null, 0, draft('en', 'Events', ''));
    const t = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, id)).get()!;
    expect(t.slug).toBe('events-2');
    const fields = { title: t.title, slug: 'documents', summary: '', body: t.body, dateline: '', seoTitle: '', seoDescription: '', publishedAt: null };
    expect(saveTranslation(db, { translationId: t.id, baseVersion: t.version, fields, note: '', autosave: false, actorId: null })).toEqual({ ok: false, error: 'slugTaken' });
  });
});
