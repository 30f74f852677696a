import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { verifyPassword } from '@/lib/password';
import { isValidSlug } from '@/lib/slug';
import type { Db } from '../client';
import { media, mediaTranslations, publicationMedia, stories, storyTranslations, translationMedia, translationPublications, users } from '../schema';
import { seedDemo } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalStorage } from '@/lib/storage';
import { variantKey } from '@/lib/media/image';

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

    const translations = db.select().from(storyTranslations).all();
    const storyIds = new Set(translations.map((t) => t.storyId));
    expect(storyIds.size).toBeGreaterThanOrEqual(12);
    const publishedRu = new Set(translations.filter((t) => t.locale === 'ru' && t.status === 'published').map((t) => t.storyId));
    expect([...storyIds].filter((id) => !publishedRu.has(id)).length).toBeGreaterThanOrEqual(3);
    expect(db.select().from(stories).all().some((s) => s.kind === 'press_release')).toBe(true);
    // Russian slugs are Latin transliterations.
    for (const t of translations) expect(isValidSlug(t.slug), t.slug).toBe(true);
  });

  it('never touches a database that has content', async () => {
    await seedDemo(db, 'demo-password-123');
    const before = db.select({ n: count() }).from(storyTranslations).get()?.n;
    expect(await seedDemo(db, 'another-password-456')).toEqual({ seeded: false });
    expect(db.select({ n: count() }).from(storyTranslations).get()?.n).toBe(before);
    const admin = db.select().from(users).all().find((u) => u.role === 'admin');
    expect(await verifyPassword('demo-password-123', admin!.passwordHash)).toBe(true);
  });

  it('does not seed when only users exist', async () => {
    db.insert(users).values({ email: 'someone@example.org', name: 'Someone', passwordHash: 'x', role: 'admin' }).run();
    expect(await seedDemo(db, 'demo-password-123')).toEqual({ seeded: false });
    expect(db.select({ n: count() }).from(stories).get()?.n).toBe(0);
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
      const heroes = db.select().from(stories).all().filter((s) => s.heroMediaId !== null);
      expect(heroes.length).toBeGreaterThanOrEqual(3);
      const live = db.select().from(translationPublications).all();
      for (const s of heroes) for (const p of live.filter((p) => p.storyId === s.id)) expect(p.heroMediaId).toBe(s.heroMediaId);
      const withBodyImage = db.select().from(storyTranslations).all().filter((t) => t.body.content.some((b) => b.type === 'image'));
      expect(withBodyImage.map((t) => t.locale).sort()).toEqual(['en', 'ru']);
      expect(db.select().from(translationMedia).all()).toHaveLength(2);
      expect(db.select().from(publicationMedia).all()).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
