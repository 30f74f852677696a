import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { verifyPassword } from '@/lib/password';
import { isValidSlug } from '@/lib/slug';
import type { Db } from '../client';
import { documentCountries, documents, documentTranslations, media, mediaTranslations, publicationMedia, entries, entryTranslations, translationMedia, translationPublications, users } from '../schema';
import { seedDemo } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalStorage } from '@/lib/storage';
import { variantKey } from '@/lib/media/image';
import { documentFileKey, inspectPdf } from '@/lib/documents/pdf';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

describe('seedDemo', () => {
  it('fills an empty database with a bilingual demo and one account per role', async () => {
    const result = await seedDemo(db, 'demo-password-123');
    expect(result.seeded).toBe(true);

    const accounts = db.select().from(users).all();
    expect(accounts.map((u) => [u.email, u.role]).sort()).toEqual([
      ['admin@example.org', 'admin'],
      ['editor@example.org', 'editor'],
      ['translator@example.org', 'translator'],
    ]);
    for (const account of accounts) expect(await verifyPassword('demo-password-123', account.passwordHash)).toBe(true);

    const translations = db.select().from(entryTranslations).all();
    const storyIds = new Set(translations.map((t) => t.entryId));
    expect(storyIds.size).toBeGreaterThanOrEqual(12);
    const publishedRu = new Set(translations.filter((t) => t.locale === 'ru' && t.status === 'published').map((t) => t.entryId));
    expect([...storyIds].filter((id) => !publishedRu.has(id)).length).toBeGreaterThanOrEqual(3);
    expect(db.select().from(entries).all().some((s) => s.kind === 'press_release')).toBe(true);
    // Russian slugs are Latin transliterations.
    for (const t of translations) expect(isValidSlug(t.slug), t.slug).toBe(true);
  });

  it('never touches a database that has content', async () => {
    await seedDemo(db, 'demo-password-123');
    const before = db.select({ n: count() }).from(entryTranslations).get()?.n;
    expect(await seedDemo(db, 'another-password-456')).toEqual({ seeded: false });
    expect(db.select({ n: count() }).from(entryTranslations).get()?.n).toBe(before);
    const admin = db.select().from(users).all().find((u) => u.role === 'admin');
    expect(await verifyPassword('demo-password-123', admin!.passwordHash)).toBe(true);
  });

  it('does not seed when only users exist', async () => {
    db.insert(users).values({ email: 'someone@example.org', name: 'Someone', passwordHash: 'x', role: 'admin' }).run();
    expect(await seedDemo(db, 'demo-password-123')).toEqual({ seeded: false });
    expect(db.select({ n: count() }).from(entries).get()?.n).toBe(0);
  });

  it('draws a handful of images with alt text, captions and credits in both languages', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'newsroom-seed-uploads-'));
    try {
      const storage = createLocalStorage(root);
      const result = await seedDemo(db, 'demo-password-123', storage);
      expect(result).toMatchObject({ seeded: true, images: 5 });
      const rows = db.select().from(media).all();
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        expect(row.creditDate).toMatch(/^2021-05/);
        for (const v of row.variants) expect(await storage.exists(variantKey(row.sha256, v.width))).toBe(true);
      }
      for (const t of db.select().from(mediaTranslations).all()) {
        expect(t.alt && t.caption && t.creditBy && t.creditPlace, `${t.mediaId} ${t.locale}`).toBeTruthy();
        if (t.locale === 'ru') expect(t.creditBy).toBe('МОМ');
      }
      // Several stories have a hero, copied to their live versions; one shows an image in its text in both languages.
      const heroes = db.select().from(entries).all().filter((s) => s.heroMediaId !== null);
      expect(heroes.length).toBeGreaterThanOrEqual(3);
      const live = db.select().from(translationPublications).all();
      for (const s of heroes) for (const p of live.filter((p) => p.entryId === s.id)) expect(p.heroMediaId).toBe(s.heroMediaId);
      const storyIds = new Set(db.select().from(entries).all().filter((e) => e.type === 'story').map((e) => e.id));
      const withBodyImage = db.select().from(entryTranslations).all().filter((t) => storyIds.has(t.entryId) && t.body.content.some((b) => b.type === 'image'));
      expect(withBodyImage.map((t) => t.locale).sort()).toEqual(['en', 'ru']);
      // Every body image is recorded against its translation and its live copy: the story's two and the pages' own.
      const imagesIn = (t: { body: { content: { type: string }[] } }) => t.body.content.filter((b) => b.type === 'image').length;
      const translations = db.select().from(entryTranslations).all();
      expect(db.select().from(translationMedia).all()).toHaveLength(translations.reduce((n, t) => n + imagesIn(t), 0));
      expect(db.select().from(publicationMedia).all()).toHaveLength(db.select().from(translationPublications).all().reduce((n, t) => n + imagesIn(t), 0));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('makes at least six documents across types, countries and years, some in one language only, with valid PDFs', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'newsroom-seed-documents-'));
    try {
      const storage = createLocalStorage(root);
      const result = await seedDemo(db, 'demo-password-123', storage);
      expect(result.seeded && result.documents).toBeGreaterThanOrEqual(6);
      const docs = db.select().from(documents).all();
      expect(new Set(docs.map((d) => d.type)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(docs.map((d) => d.year)).size).toBeGreaterThanOrEqual(3);
      expect(new Set(db.select().from(documentCountries).all().map((c) => c.countryCode)).size).toBeGreaterThanOrEqual(5);
      const rows = db.select().from(documentTranslations).all();
      for (const doc of docs) {
        const mine = rows.filter((r) => r.documentId === doc.id);
        // A title in both languages, a file in at least one.
        expect(mine.map((r) => r.locale).sort()).toEqual(['en', 'ru']);
        for (const r of mine) expect(r.title.trim()).not.toBe('');
        expect(mine.some((r) => r.fileSha256)).toBe(true);
      }
      const withFiles = (locale: 'en' | 'ru') => new Set(rows.filter((r) => r.locale === locale && r.fileSha256).map((r) => r.documentId));
      expect(docs.some((d) => withFiles('en').has(d.id) && !withFiles('ru').has(d.id))).toBe(true);
      expect(docs.some((d) => withFiles('ru').has(d.id) && !withFiles('en').has(d.id))).toBe(true);
      for (const r of rows.filter((r) => r.locale === 'ru')) expect(r.title).toMatch(/[А-Яа-яЁё]/);
      for (const r of rows.filter((r) => r.fileSha256)) {
        const bytes = await storage.get(documentFileKey(r.fileSha256!));
        expect(bytes && inspectPdf(bytes, { maxBytes: 1e6 }), `${r.documentId} ${r.locale}`).toMatchObject({ ok: true, pdf: { sha256: r.fileSha256, pages: r.filePages } });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
