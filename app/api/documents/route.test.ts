import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDocument, listDocuments } from '@/db/queries/documents';
import { users } from '@/db/schema';
import type { CurrentUser } from '@/lib/authz';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { createTestDatabase } from '@/lib/testing/db';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
const uploads = vi.hoisted(() => ({ root: '' }));
vi.mock('@/lib/authz', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/authz')>()), getCurrentUser: async () => currentUser.value }));
vi.mock('@/lib/auth', () => ({ clientIp: () => null }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('@/lib/storage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/storage')>();
  return { ...actual, getUploadStorage: () => actual.createLocalStorage(uploads.root) };
});

const { GET, POST } = await import('./route');
const { POST: replaceFile } = await import('./[id]/files/[locale]/route');

let cleanup: () => void;
beforeEach(() => {
  let db;
  ({ db, cleanup } = createTestDatabase());
  // The signed-in user the mocked session names.
  db.insert(users).values({ id: 1, email: 'staff@example.org', name: 'Staff', passwordHash: 'x', role: 'editor' }).run();
  uploads.root = mkdtempSync(path.join(tmpdir(), 'newsroom-documents-route-'));
});
afterEach(() => {
  cleanup();
  rmSync(uploads.root, { recursive: true, force: true });
  currentUser.value = null;
});

const as = (role: CurrentUser['role'] | null) => {
  currentUser.value = role ? { id: 1, email: `${role}@example.org`, name: role, role, preferredLocale: 'en' } : null;
};
const stored = () => readdirSync(uploads.root, { recursive: true }).filter((f) => String(f).endsWith('.pdf'));

function form(files: { en?: Blob; ru?: Blob }, overrides: Record<string, string> = {}): FormData {
  const fd = new FormData();
  const fields = { type: 'factsheet', year: '2021', 'title.en': 'UNHCR in Kyrgyzstan', 'description.en': '', 'title.ru': 'УВКБ ООН в Кыргызстане', 'description.ru': '', ...overrides };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  fd.append('countries', 'KG');
  fd.append('countries', 'KZ');
  for (const [l, blob] of Object.entries(files)) fd.set(`file.${l}`, blob, `${l}.pdf`);
  // An empty file input is sent as an empty part without a name.
  if (!files.ru) fd.set('file.ru', new Blob([]), '');
  return fd;
}
const post = (body: FormData, headers: Record<string, string> = {}) => POST(new NextRequest('http://localhost/api/documents', { method: 'POST', body, headers }));
const pdf = () => new Blob([makeMinimalPdf([{ title: 'Factsheet', paragraphs: ['Bishkek, 2021'] }])], { type: 'application/pdf' });

describe('POST /api/documents', () => {
  it('refuses anonymous callers, translators and other origins before reading anything', async () => {
    for (const role of [null, 'translator'] as const) {
      as(role);
      const response = await post(form({ en: pdf() }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
    }
    as('editor');
    expect((await post(form({ en: pdf() }), { origin: 'https://evil.example' })).status).toBe(403);
    expect(listDocuments({}).total).toBe(0);
    expect(stored()).toEqual([]);
  });

  it('lets an editor add a document with an English PDF only', async () => {
    as('editor');
    const response = await post(form({ en: pdf() }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ok: true; documentId: number };
    const doc = getDocument(body.documentId)!;
    expect(doc).toMatchObject({ type: 'factsheet', year: 2021, countries: ['KG', 'KZ'] });
    expect(doc.languages.en.file).toMatchObject({ originalName: 'en.pdf', pages: 1 });
    expect(doc.languages.ru).toMatchObject({ title: 'УВКБ ООН в Кыргызстане', file: null });
    expect(stored()).toHaveLength(1);
  });

  it('says which file is not a PDF, and keeps nothing', async () => {
    as('admin');
    const png = new Blob([new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: 'blue' } }).png().toBuffer())]);
    const response = await post(form({ en: pdf(), ru: png }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ ok: false, error: 'Errors.invalidInput', fieldErrors: { 'file.ru': 'Errors.pdfType' } });
    expect(listDocuments({}).total).toBe(0);
    expect(stored()).toEqual([]);
  });

  it('asks for both titles, a valid year and at least one file', async () => {
    as('editor');
    const response = await post(form({}, { 'title.ru': ' ', year: '21' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { 'text.ru.title': 'Errors.required', year: 'Errors.invalidYear', file: 'Errors.documentFileRequired' },
    });
  });
});

describe('GET /api/documents (the story editor\'s picker)', () => {
  const list = (query: string) => GET(new NextRequest(`http://localhost/api/documents${query}`));

  it('lists documents for any signed-in staff member, searching titles in the language asked for', async () => {
    as('editor');
    await post(form({ en: pdf() }));
    await post(form({ ru: pdf() }, { 'title.en': 'Tajikistan legislation', 'title.ru': 'Законодательство Таджикистана' }));
    as('translator');
    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('private, no-store');
    expect(((await all.json()) as { items: unknown[] }).items).toHaveLength(2);
    const found = (await (await list('?q=Законодательство&lang=ru')).json()) as { ok: true; items: { title: { en: string }; fileLocales: string[] }[] };
    expect(found.items.map((i) => [i.title.en, i.fileLocales])).toEqual([['Tajikistan legislation', ['ru']]]);
    // Titles in the other language are not searched.
    expect(((await (await list('?q=Tajikistan&lang=ru')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses anonymous callers and a language it does not know', async () => {
    as(null);
    const anonymous = await list('?q=a');
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
    as('editor');
    expect((await list('?lang=de')).status).toBe(400);
  });
});

describe('POST /api/documents/[id]/files/[locale]', () => {
  const params = (id: string, locale: string) => ({ params: Promise.resolve({ id, locale }) });
  const upload = (id: string, locale: string, blob: Blob) => {
    const fd = new FormData();
    fd.set('file', blob, 'replacement.pdf');
    return replaceFile(new NextRequest(`http://localhost/api/documents/${id}/files/${locale}`, { method: 'POST', body: fd }), params(id, locale));
  };

  it('adds a Russian file to a document for an editor, and refuses a translator', async () => {
    as('editor');
    const { documentId } = (await (await post(form({ en: pdf() }))).json()) as { documentId: number };
    as('translator');
    expect((await upload(String(documentId), 'ru', pdf())).status).toBe(403);
    expect(getDocument(documentId)!.languages.ru.file).toBeNull();
    as('editor');
    const response = await upload(String(documentId), 'ru', new Blob([makeMinimalPdf([{ title: 'Russian edition', paragraphs: [] }])]));
    expect(response.status).toBe(200);
    expect(getDocument(documentId)!.languages.ru.file).toMatchObject({ originalName: 'replacement.pdf' });
    expect((await upload(String(documentId), 'de', pdf())).status).toBe(404);
    expect((await upload('999', 'en', pdf())).status).toBe(404);
    const html = await upload(String(documentId), 'en', new Blob(['<html><script>alert(1)</script></html>']));
    expect(html.status).toBe(422);
    expect(await html.json()).toEqual({ ok: false, error: 'Errors.pdfType' });
  });
});
