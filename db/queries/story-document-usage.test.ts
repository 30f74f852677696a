import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { createLocalStorage, type Storage } from '@/lib/storage';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { createDocument, deleteDocument } from '../mutations/documents';
import { applyTransition, saveTranslation } from '../mutations/story-editing';
import { insertStoryWithTranslations } from '../mutations/stories';
import { documents, entryTranslations, users, type RichTextDoc, type RichTextNode } from '../schema';
import { findDocumentUsages } from './document-usage';

let db: Db;
let cleanup: () => void;
let root: string;
let storage: Storage;
let editor: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-doc-usage-'));
  storage = createLocalStorage(root);
  editor = db.insert(users).values({ email: 'e@example.org', name: 'E', passwordHash: 'x', role: 'editor' }).returning().get().id;
});
afterEach(() => {
  cleanup();
  rmSync(root, { recursive: true, force: true });
});

const actor = { id: null, ip: null };
let n = 0;
async function addDocument(title: string): Promise<number> {
  const bytes = makeMinimalPdf([{ title: `${title} ${++n}`, paragraphs: [] }]);
  const result = await createDocument(
    db,
    storage,
    { type: 'report', year: 2021, countries: [], text: { en: { title, description: '' }, ru: { title: `${title} (ru)`, description: '' } }, files: { en: { bytes, originalName: 'a.pdf' } } },
    actor,
    { maxBytes: 1e6 },
  );
  if (!result.ok) throw new Error(result.error);
  return result.documentId;
}

const paragraph = (id: string, text: string): RichTextNode => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });
const linked = (id: string, documentId: number): RichTextNode => ({ type: 'document', attrs: { id, documentId } });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

function story(title: string, slug: string, body: RichTextDoc, status: 'draft' | 'published' = 'draft', ru?: RichTextDoc) {
  const publishedAt = status === 'published' ? new Date(Date.now() - 60_000) : null;
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    heroMediaId: null,
    authorId: editor,
    translations: [
      { locale: 'en', title, slug, summary: '', body, status, publishedAt },
      ...(ru ? [{ locale: 'ru' as const, title: `${title} (ru)`, slug: `${slug}-ru`, summary: '', body: ru, status, publishedAt }] : []),
    ],
  });
  return storyId;
}

function saveBody(storyId: number, locale: 'en' | 'ru', body: RichTextDoc) {
  const row = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all().find((r) => r.locale === locale)!;
  const { title, slug, summary, dateline, seoTitle, seoDescription, publishedAt } = row;
  const result = saveTranslation(db, { translationId: row.id, baseVersion: row.version, fields: { title, slug, summary, body, dateline, seoTitle, seoDescription, publishedAt }, note: '', autosave: false, actorId: editor });
  expect(result.ok).toBe(true);
  return row.id;
}

describe('where a document is used: stories', () => {
  it('finds the stories whose working text links the document, named by their source title, and no others', async () => {
    const plan = await addDocument('Joint Work Plan');
    const other = await addDocument('Factsheet');
    const a = story('Officials meet in Istanbul', 'officials-meet', doc(paragraph('p', 'Text.'), linked('d', plan)));
    // Linked from the Russian version only.
    const b = story('Ministers meet', 'ministers-meet', doc(paragraph('p', 'Text.')), 'draft', doc(paragraph('p', 'Текст.'), linked('d', plan)));
    story('Unrelated', 'unrelated', doc(linked('d', other), paragraph('p', `Document ${plan} is mentioned in words only.`)));
    expect(findDocumentUsages(db, plan)).toEqual([
      { kind: 'story', id: a, title: 'Officials meet in Istanbul' },
      { kind: 'story', id: b, title: 'Ministers meet' },
    ]);
    expect(findDocumentUsages(db, 999)).toEqual([]);
  });

  it('still finds a story whose live copy links the document after the working copy dropped it', async () => {
    const plan = await addDocument('Joint Work Plan');
    const id = story('Officials meet in Istanbul', 'officials-meet', doc(paragraph('p', 'Text.'), linked('d', plan)));
    const translationId = saveBody(id, 'en', doc(paragraph('p', 'Text.'), linked('d', plan)));
    expect(applyTransition(db, { translationId, transition: 'publish', role: 'editor' })).toMatchObject({ ok: true });
    saveBody(id, 'en', doc(paragraph('p', 'Text.')));
    expect(findDocumentUsages(db, plan)).toEqual([{ kind: 'story', id, title: 'Officials meet in Istanbul' }]);
    expect(applyTransition(db, { translationId, transition: 'unpublish', role: 'editor' })).toMatchObject({ ok: true });
    expect(findDocumentUsages(db, plan)).toEqual([]);
  });

  it('refuses to delete a document a story links, naming the story, and deletes it once the story no longer does', async () => {
    const plan = await addDocument('Joint Work Plan');
    const id = story('Officials meet in Istanbul', 'officials-meet', doc(paragraph('p', 'Text.'), linked('d', plan)));
    expect(await deleteDocument(db, storage, plan, actor)).toEqual({ ok: false, error: 'in_use', usages: [{ kind: 'story', id, title: 'Officials meet in Istanbul' }] });
    expect(db.select().from(documents).where(eq(documents.id, plan)).get()).toBeDefined();
    saveBody(id, 'en', doc(paragraph('p', 'Text.')));
    expect(await deleteDocument(db, storage, plan, actor)).toEqual({ ok: true });
  });
});
