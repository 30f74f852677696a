import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { createLocalStorage } from '@/lib/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../client';
import { createDocument, deleteDocument } from '../mutations/documents';
import { ensureSearchIndex, rebuildSearchIndex } from '../mutations/search';
import { applyTransition } from '../mutations/story-editing';
import { insertStoryWithTranslations } from '../mutations/stories';
import { entryTranslations } from '../schema';
import { searchSite } from './search';
import { and, eq, sql } from 'drizzle-orm';

let db: Db;
let cleanup: () => void;
let root: string;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-search-'));
});
afterEach(() => {
  cleanup();
  rmSync(root, { recursive: true, force: true });
});

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const hour = 3600_000;

function story(en: { title: string; body: string }, ru: { title: string; body: string } | null, publishedAt = new Date(Date.now() - hour)) {
  return insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: null,
    translations: [
      { locale: 'en', title: en.title, summary: '', dateline: '', body: doc(en.body), status: 'published', publishedAt },
      ...(ru ? [{ locale: 'ru' as const, title: ru.title, summary: '', dateline: '', body: doc(ru.body), status: 'published' as const, publishedAt }] : []),
    ],
  }).storyId;
}
const titles = (locale: 'en' | 'ru', q: string) => searchSite(locale, q, 1, 10, db).items.map((i) => i.title.map((p) => p.text).join(''));

describe('searchSite', () => {
  it('finds «беженцев» for «беженец», and the other way round, with the forms marked', () => {
    story({ title: 'Refugees', body: 'Support to refugees.' }, { title: 'Поддержка беженцев', body: 'Каждый беженец получил консультацию.' });
    expect(titles('ru', 'беженец')).toEqual(['Поддержка беженцев']);
    expect(titles('ru', 'беженцы')).toEqual(['Поддержка беженцев']);
    const [hit] = searchSite('ru', 'беженцам', 1, 10, db).items;
    expect(hit!.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['беженцев']);
  });

  it('finds other word forms in each language, only in that language', () => {
    story({ title: 'Support to migrants', body: 'IOM helped returning migrants.' }, { title: 'Помощь мигрантам', body: 'МОМ помогла вернувшимся мигрантам.' });
    story({ title: 'Statelessness', body: 'Stateless persons received documents.' }, { title: 'Безгражданство', body: 'Лица без гражданства получили документы.' });
    expect(titles('ru', 'мигрантов')).toEqual(['Помощь мигрантам']);
    expect(titles('en', 'migrant')).toEqual(['Support to migrants']);
    expect(titles('en', 'мигрантов')).toEqual([]);
    expect(titles('ru', 'гражданство')).toEqual(['Безгражданство']);
  });

  it('needs every word of the query, ranks title matches first and marks the matches', () => {
    story({ title: 'Labour migration report', body: 'A report.' }, null);
    story({ title: 'Annual review', body: 'The review covers labour migration across the region.' }, null);
    story({ title: 'Labour market', body: 'Nothing about moving.' }, null);
    const result = searchSite('en', 'labour migration', 1, 10, db);
    expect(result.items.map((i) => i.title.map((p) => p.text).join(''))).toEqual(['Labour migration report', 'Annual review']);
    expect(result.items[0]!.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['Labour', 'migration']);
    expect(result.items[1]!.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['labour', 'migration']);
  });

  it('shows a scheduled story only once its time has come, and forgets an unpublished one', () => {
    const later = story({ title: 'Scheduled border health story', body: '' }, null, new Date(Date.now() + hour));
    expect(titles('en', 'border')).toEqual([]);
    expect(searchSite('en', 'border', 1, 10, db, new Date(Date.now() + 2 * hour)).total).toBe(1);
    const now = story({ title: 'Published border story', body: '' }, null);
    expect(titles('en', 'border')).toEqual(['Published border story']);
    const en = db.select({ id: entryTranslations.id }).from(entryTranslations).where(and(eq(entryTranslations.entryId, now), eq(entryTranslations.locale, 'en'))).get()!;
    expect(applyTransition(db, { translationId: en.id, transition: 'unpublish', role: 'editor' }).ok).toBe(true);
    expect(titles('en', 'border')).toEqual([]);
    expect(later).toBeGreaterThan(0);
  });

  it('finds documents by title and description in each language, and not once deleted', async () => {
    const storage = createLocalStorage(root);
    const created = await createDocument(
      db,
      storage,
      { type: 'factsheet', year: 2021, countries: ['KZ'], text: { en: { title: 'Migrant workers factsheet', description: 'Rights of labour migrants.' }, ru: { title: 'Памятка трудовым мигрантам', description: 'Права мигрантов.' } }, files: { en: { bytes: makeMinimalPdf([{ title: 'x', paragraphs: [] }]), originalName: 'x.pdf' } } },
      { id: null, ip: null },
      { maxBytes: 1e6 },
    );
    if (!created.ok) throw new Error(created.error);
    const [hit] = searchSite('ru', 'мигранты', 1, 10, db).items;
    expect(hit).toMatchObject({ kind: 'document', id: created.documentId, documentType: 'factsheet', year: 2021 });
    expect(hit!.kind === 'document' && hit!.link.file).toBeNull();
    expect(hit!.kind === 'document' && hit!.link.files.en?.url).toMatch(/\.pdf$/);
    expect((await deleteDocument(db, storage, created.documentId, { id: null, ip: null })).ok).toBe(true);
    expect(searchSite('ru', 'мигранты', 1, 10, db).total).toBe(0);
  });

  it('pages the results and is safe with any characters', () => {
    for (let i = 0; i < 23; i++) story({ title: `Almaty Process meeting ${i}`, body: '' }, null);
    const first = searchSite('en', 'almaty', 1, 10, db);
    expect(first).toMatchObject({ total: 23, pageCount: 3 });
    expect(searchSite('en', 'almaty', 3, 10, db).items).toHaveLength(3);
    expect(searchSite('en', 'almaty', 4, 10, db).items).toEqual([]);
    for (const q of ['"', 'almaty"', 'NEAR(almaty process)', 'almaty OR x', '*', "'; DROP TABLE search_fts; --", '\u0000almaty', 'a'.repeat(5000)]) {
      expect(() => searchSite('en', q, 1, 10, db)).not.toThrow();
    }
    expect(searchSite('en', 'almaty"', 1, 10, db).total).toBe(23);
    // The language is in the index too, but never matched as a word of the text.
    expect(searchSite('en', 'en', 1, 10, db).total).toBe(0);
    expect(searchSite('en', 'lang', 1, 10, db).total).toBe(0);
    expect(searchSite('en', '   ', 1, 10, db)).toMatchObject({ total: 0, items: [] });
  });

  it('rebuilds the index from what is published, and fills an empty one only', () => {
    story({ title: 'Reintegration of returnees', body: '' }, { title: 'Реинтеграция вернувшихся', body: '' });
    db.run(sql`DELETE FROM search_fts`);
    db.run(sql`DELETE FROM search_entries`);
    expect(titles('ru', 'реинтеграции')).toEqual([]);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(titles('ru', 'реинтеграции')).toEqual(['Реинтеграция вернувшихся']);
    expect(ensureSearchIndex(db)).toBe(false);
    expect(rebuildSearchIndex(db)).toEqual({ stories: 2, documents: 0 });
    expect(titles('en', 'returnee')).toEqual(['Reintegration of returnees']);
  });
});

describe('searchSite over every type', () => {
  it('finds pages and events in their language, linked to their own pages (a section’s front page at its address)', () => {
    const publishedAt = new Date(Date.now() - hour);
    const entry = (type: 'page' | 'event', details: Parameters<typeof insertStoryWithTranslations>[1]['details'], en: string, ru: string, slug: string) =>
      insertStoryWithTranslations(db, {
        type,
        details,
        kind: 'story',
        sourceLocale: 'en',
        topics: [],
        countries: [],
        authorId: null,
        translations: [
          { locale: 'en', title: en, slug, summary: '', body: doc(`${en} body`), status: 'published', publishedAt },
          { locale: 'ru', title: ru, slug: `${slug}-ru`, summary: '', body: doc(`${ru} текст`), status: 'published', publishedAt },
        ],
      }).storyId;
    entry('page', { page: { section: 'almaty-process', parentId: null, position: 0 } }, 'The consultative process', 'Консультативный процесс', 'consultative-process');
    entry('page', { page: { section: 'almaty-process', parentId: null, position: 1 } }, 'Governance of the process', 'Управление процессом', 'governance');
    entry('event', { event: { startsAt: '2027-03-16T05:00:00.000Z', endsAt: null, allDay: false, countryCode: 'KZ', almatyProcess: true } }, 'Officials meet on the process', 'Встреча по процессу', 'officials-meet');
    const hits = searchSite('en', 'processes', 1, 10, db).items;
    const paths = Object.fromEntries(hits.map((h) => [h.title.map((p) => p.text).join(''), h.kind === 'story' ? [h.entryType, h.path] : null]));
    expect(paths).toEqual({
      'The consultative process': ['page', '/en/almaty-process'],
      'Governance of the process': ['page', '/en/almaty-process/governance'],
      'Officials meet on the process': ['event', '/en/events/officials-meet'],
    });
    // "процессом" and "процесс" share a stem: both Russian pages and the Russian event.
    expect(searchSite('ru', 'процессы', 1, 10, db).items.map((h) => (h.kind === 'story' ? h.path : ''))).toEqual(
      expect.arrayContaining(['/ru/almaty-process', '/ru/almaty-process/governance-ru', '/ru/events/officials-meet-ru']),
    );
  });
});
