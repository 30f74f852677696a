import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocument, deleteDocument, replaceDocumentFile } from '@/db/mutations/documents';
import { getDocument } from '@/db/queries/documents';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { createLocalStorage, type Storage } from '@/lib/storage';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '@/db/client';

const uploads = vi.hoisted(() => ({ root: '' }));
vi.mock('@/lib/storage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/storage')>();
  return { ...actual, getUploadStorage: () => actual.createLocalStorage(uploads.root) };
});
const { GET } = await import('./route');

let db: Db;
let cleanup: () => void;
let storage: Storage;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  uploads.root = mkdtempSync(path.join(tmpdir(), 'newsroom-documents-serve-'));
  storage = createLocalStorage(uploads.root);
});
afterEach(() => {
  cleanup();
  rmSync(uploads.root, { recursive: true, force: true });
});

const actor = { id: null, ip: null };
const limits = { maxBytes: 1e6 };
const get = (url: string, headers: Record<string, string> = {}) =>
  GET(new NextRequest(`http://localhost${url}`, { headers }), { params: Promise.resolve({ path: url.replace(/^\/documents\//, '').split('/') }) });

async function russianOnly() {
  const bytes = makeMinimalPdf([{ title: 'Analysis of Kyrgyzstan legislation', paragraphs: [] }]);
  const result = await createDocument(
    db,
    storage,
    {
      type: 'legislation_analysis',
      year: 2020,
      countries: ['KG'],
      text: { en: { title: 'Analysis of Kyrgyzstan legislation', description: '' }, ru: { title: 'Анализ законодательства Кыргызстана', description: '' } },
      files: { ru: { bytes, originalName: 'scan.jpg' } },
    },
    actor,
    limits,
  );
  if (!result.ok) throw new Error(result.error);
  return { id: result.documentId, bytes, url: getDocument(result.documentId)!.languages.ru.file!.url };
}

describe('GET /documents/…', () => {
  it('serves a language’s file as a PDF download named after its title, cached for ever at its hashed address', async () => {
    const { id, bytes, url } = await russianOnly();
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="analiz-zakonodatelstva-kyrgyzstana.pdf"; filename*=UTF-8''${encodeURIComponent('Анализ законодательства Кыргызстана.pdf')}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);

    const current = await get(`/documents/${id}/ru.pdf`);
    expect(current.status).toBe(200);
    expect(current.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = current.headers.get('etag')!;
    expect((await get(`/documents/${id}/ru.pdf`, { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers 404 for a language without a file, a document that does not exist and any other path', async () => {
    const { id } = await russianOnly();
    for (const url of [`/documents/${id}/en.pdf`, `/documents/${id}/en/${'0'.repeat(64)}.pdf`, `/documents/${id + 1}/ru.pdf`, `/documents/${id}/ru`, '/documents/x/ru.pdf']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('sends an old hashed address to the current file, and serves nothing once the document is deleted', async () => {
    const { id, url } = await russianOnly();
    expect((await replaceDocumentFile(db, storage, id, 'ru', { bytes: makeMinimalPdf([{ title: 'Second edition', paragraphs: [] }]), originalName: 'v2.pdf' }, actor, limits)).ok).toBe(true);
    const moved = await get(url);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(getDocument(id)!.languages.ru.file!.url);
    expect((await deleteDocument(db, storage, id, actor)).ok).toBe(true);
    expect((await get(`/documents/${id}/ru.pdf`)).status).toBe(404);
    expect((await get(url)).status).toBe(404);
  });
});
