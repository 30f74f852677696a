import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { documentFileKey } from '@/lib/documents/pdf';
import { createLocalStorage, type Storage } from '@/lib/storage';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { auditLog, documentCountries, documents, documentTranslations } from '../schema';
import { createDocument, deleteDocument, removeDocumentFile, replaceDocumentFile, updateDocument, type DocumentFields } from './documents';

let db: Db;
let cleanup: () => void;
let root: string;
let storage: Storage;
const actor = { id: null, ip: null };
const limits = { maxBytes: 64 * 1024 };

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-documents-'));
  storage = createLocalStorage(root);
});
afterEach(() => {
  cleanup();
  rmSync(root, { recursive: true, force: true });
});

/** Every file under the storage root, relative, temp files included. */
function files(): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
const rows = () => ({
  documents: db.select({ n: count() }).from(documents).get()?.n,
  translations: db.select({ n: count() }).from(documentTranslations).get()?.n,
  countries: db.select({ n: count() }).from(documentCountries).get()?.n,
  audit: db.select({ n: count() }).from(auditLog).get()?.n,
});
const nothing = { documents: 0, translations: 0, countries: 0, audit: 0 };

let n = 0;
/** A PDF no other call of this test made (content decides the stored name). */
const pdf = (label = `file ${++n}`) => makeMinimalPdf([{ title: label, paragraphs: ['Almaty Process'] }]);
const fields: DocumentFields = {
  type: 'factsheet',
  year: 2021,
  countries: ['KZ', 'KG'],
  text: { en: { title: 'UNHCR in Kazakhstan', description: 'A factsheet.' }, ru: { title: 'УВКБ ООН в Казахстане', description: 'Бюллетень.' } },
};
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function create(fileBytes: { en?: Uint8Array; ru?: Uint8Array }, names = { en: 'en.pdf', ru: 'ru.pdf' }) {
  const input = {
    ...fields,
    files: Object.fromEntries(Object.entries(fileBytes).map(([l, bytes]) => [l, { bytes, originalName: names[l as 'en' | 'ru'] }])),
  };
  return createDocument(db, storage, input, actor, limits);
}

describe('createDocument', () => {
  it('stores each file once under its content hash and records the document, its languages, countries and an audit entry', async () => {
    const en = pdf();
    const result = await create({ en });
    expect(result).toMatchObject({ ok: true });
    expect(files()).toEqual([documentFileKey(sha(en))]);
    const t = db.select().from(documentTranslations).all();
    expect(t.map((r) => [r.locale, r.title, r.fileSha256, r.fileOriginalName, r.filePages])).toEqual([
      ['en', 'UNHCR in Kazakhstan', sha(en), 'en.pdf', 1],
      ['ru', 'УВКБ ООН в Казахстане', null, null, null],
    ]);
    expect(db.select().from(documentCountries).all().map((c) => c.countryCode).sort()).toEqual(['KG', 'KZ']);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'document.create')).all()).toHaveLength(1);
  });

  it('accepts a PDF called .jpg as the PDF it is', async () => {
    const bytes = pdf();
    expect(await create({ ru: bytes }, { en: '', ru: 'scan.jpg' })).toMatchObject({ ok: true });
    expect(files()).toEqual([documentFileKey(sha(bytes))]);
  });

  it('stores the same PDF once when two documents (or both languages) use it', async () => {
    const same = pdf();
    expect((await create({ en: same, ru: same })).ok).toBe(true);
    expect((await create({ en: same })).ok).toBe(true);
    expect(files()).toEqual([documentFileKey(sha(same))]);
    expect(rows().documents).toBe(2);
  });

  it('refuses a PNG called .pdf, an SVG with a script, an empty, an oversized and a truncated file, leaving nothing behind', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } }).png().toBuffer());
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const whole = pdf();
    const cases: [Uint8Array, string][] = [
      [png, 'not_pdf'],
      [svg, 'not_pdf'],
      [new Uint8Array(), 'empty'],
      [new Uint8Array(limits.maxBytes + 1).fill(0x25), 'too_large'],
      [whole.subarray(0, whole.length - 20), 'truncated'],
    ];
    for (const [bytes, error] of cases) {
      // A good English file beside a bad Russian one: neither is kept.
      expect(await create({ en: pdf(), ru: bytes })).toEqual({ ok: false, error: 'invalid_files', fileErrors: { ru: error } });
    }
    expect(rows()).toEqual(nothing);
    expect(files()).toEqual([]);
  });

  it('refuses a document without any file', async () => {
    expect(await create({})).toEqual({ ok: false, error: 'file_required' });
    expect(rows()).toEqual(nothing);
  });

  it('leaves no orphan file when storing fails half-way', async () => {
    let puts = 0;
    const failing: Storage = {
      ...storage,
      put: async (key, bytes) => {
        if (++puts === 2) throw new Error('disk full');
        await storage.put(key, bytes);
      },
    };
    await expect(createDocument(db, failing, { ...fields, files: { en: { bytes: pdf(), originalName: 'a.pdf' }, ru: { bytes: pdf(), originalName: 'b.pdf' } } }, actor, limits)).rejects.toThrow('disk full');
    expect(rows()).toEqual(nothing);
    expect(files()).toEqual([]);
  });

  it('leaves no orphan file when the database write fails, but keeps a file another document uses', async () => {
    const shared = pdf();
    expect((await create({ en: shared })).ok).toBe(true);
    const before = rows();
    db.$client.exec(`create trigger fail_documents before insert on documents begin select raise(abort, 'no'); end`);
    const fresh = pdf();
    await expect(create({ en: shared, ru: fresh })).rejects.toThrow();
    expect(rows()).toEqual(before);
    expect(files()).toEqual([documentFileKey(sha(shared))]);
  });
});

async function existing(fileBytes: { en?: Uint8Array; ru?: Uint8Array }): Promise<number> {
  const result = await create(fileBytes);
  if (!result.ok) throw new Error(result.error);
  return result.documentId;
}

describe('replaceDocumentFile', () => {
  it('gives a language its first file, or a new one, removing the old file nothing else uses', async () => {
    const first = pdf();
    const id = await existing({ en: first });
    const ru = pdf();
    expect(await replaceDocumentFile(db, storage, id, 'ru', { bytes: ru, originalName: 'ru.pdf' }, actor, limits)).toEqual({ ok: true });
    const second = pdf();
    expect(await replaceDocumentFile(db, storage, id, 'en', { bytes: second, originalName: 'en-v2.pdf' }, actor, limits)).toEqual({ ok: true });
    expect(files()).toEqual([documentFileKey(sha(ru)), documentFileKey(sha(second))].sort());
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'document.file_upload')).all().map((a) => a.detail)).toEqual([
      { locale: 'ru', sha256: sha(ru), originalName: 'ru.pdf', replaced: null },
      { locale: 'en', sha256: sha(second), originalName: 'en-v2.pdf', replaced: sha(first) },
    ]);
  });

  it('keeps the old file when another document still uses it', async () => {
    const shared = pdf();
    const a = await existing({ en: shared });
    await existing({ en: shared });
    expect((await replaceDocumentFile(db, storage, a, 'en', { bytes: pdf(), originalName: 'new.pdf' }, actor, limits)).ok).toBe(true);
    expect(files()).toContain(documentFileKey(sha(shared)));
  });

  it('refuses a file that is not a PDF and a document that does not exist, changing nothing', async () => {
    const en = pdf();
    const id = await existing({ en });
    const before = rows();
    const html = new TextEncoder().encode('<!doctype html><p>not a pdf</p>');
    expect(await replaceDocumentFile(db, storage, id, 'en', { bytes: html, originalName: 'x.pdf' }, actor, limits)).toEqual({ ok: false, error: 'invalid_file', fileError: 'not_pdf' });
    expect(await replaceDocumentFile(db, storage, id + 1, 'en', { bytes: pdf(), originalName: 'x.pdf' }, actor, limits)).toEqual({ ok: false, error: 'not_found' });
    expect(rows()).toEqual(before);
    expect(files()).toEqual([documentFileKey(sha(en))]);
  });
});

describe('removeDocumentFile', () => {
  it('removes one language’s file while the other keeps one, and refuses to remove the last', async () => {
    const en = pdf();
    const ru = pdf();
    const id = await existing({ en, ru });
    expect(await removeDocumentFile(db, storage, id, 'ru', actor)).toEqual({ ok: true });
    expect(files()).toEqual([documentFileKey(sha(en))]);
    expect(await removeDocumentFile(db, storage, id, 'en', actor)).toEqual({ ok: false, error: 'last_file' });
    expect(await removeDocumentFile(db, storage, id, 'ru', actor)).toEqual({ ok: false, error: 'no_file' });
    expect(files()).toEqual([documentFileKey(sha(en))]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'document.file_remove')).all()).toHaveLength(1);
  });
});

describe('updateDocument', () => {
  it('saves the details and both languages’ words, and refuses a save based on an older version', async () => {
    const id = await existing({ en: pdf() });
    const changed = { ...fields, type: 'report' as const, year: 2020, countries: ['TJ'], text: { ...fields.text, ru: { title: 'Доклад', description: '' } } };
    expect(db.transaction((tx) => updateDocument(tx, id, { ...changed, baseVersion: 1 }, actor))).toEqual({ ok: true, version: 2 });
    expect(db.transaction((tx) => updateDocument(tx, id, { ...fields, baseVersion: 1 }, actor))).toEqual({ ok: false, error: 'conflict' });
    expect(db.select().from(documents).get()).toMatchObject({ type: 'report', year: 2020, version: 2 });
    expect(db.select().from(documentCountries).all().map((c) => c.countryCode)).toEqual(['TJ']);
    expect(db.select().from(documentTranslations).where(eq(documentTranslations.locale, 'ru')).get()?.title).toBe('Доклад');
  });
});

describe('deleteDocument', () => {
  it('deletes the rows and the files nothing else uses, and audits it', async () => {
    const shared = pdf();
    const own = pdf();
    const id = await existing({ en: shared, ru: own });
    await existing({ en: shared });
    const before = rows();
    expect(await deleteDocument(db, storage, id, actor)).toEqual({ ok: true });
    expect(files()).toEqual([documentFileKey(sha(shared))]);
    expect(rows()).toEqual({ documents: 1, translations: 2, countries: 2, audit: before.audit! + 1 });
  });

  it('refuses to delete a document something links to, and says where', async () => {
    const en = pdf();
    const id = await existing({ en });
    const linkedFromStory = (_db: unknown, documentId: number) => (documentId === id ? [{ kind: 'story' as const, id: 4, title: 'Almaty Process meets in Istanbul' }] : []);
    expect(await deleteDocument(db, storage, id, actor, [linkedFromStory])).toEqual({
      ok: false,
      error: 'in_use',
      usages: [{ kind: 'story', id: 4, title: 'Almaty Process meets in Istanbul' }],
    });
    expect(rows().documents).toBe(1);
    expect(files()).toEqual([documentFileKey(sha(en))]);
  });
});

describe('the same file, uploaded and released at once', () => {
  it('is never removed from under a document that is being recorded', async () => {
    const shared = pdf();
    const a = await existing({ en: shared });
    // Removing A's file and creating B with the same bytes race; B must end up with its file.
    const [, created] = await Promise.all([deleteDocument(db, storage, a, actor), create({ ru: shared })]);
    expect(created.ok).toBe(true);
    expect(files()).toEqual([documentFileKey(sha(shared))]);
  });
});
