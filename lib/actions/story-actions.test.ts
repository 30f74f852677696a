import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertStoryWithTranslations } from '@/db/mutations/stories';
import { entryTranslations, translationPublications, users, type Role } from '@/db/schema';
import type { Db } from '@/db/client';
import { createTestDatabase } from '../testing/db';
import type { CurrentUser } from '../authz';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
vi.mock('../authz', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../authz')>()),
  getCurrentUser: async () => currentUser.value,
}));
vi.mock('../auth', () => ({ clientIp: () => null }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { saveStoryAction } = await import('./save-story');
const { changeTranslationStatusAction } = await import('./change-translation-status');

let db: Db;
let cleanup: () => void;
let en: number;
let ru: number;
const as = (role: Role) => {
  const id = db.insert(users).values({ email: `${role}-${Math.random()}@example.org`, name: role, passwordHash: 'x', role }).returning().get().id;
  currentUser.value = { id, email: '', name: role, role, preferredLocale: 'en' };
};
const form = (entries: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.set(k, v);
  return fd;
};
const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'p' }, content: [{ type: 'text', text: 'Changed' }] }] });

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: null,
    translations: [
      { locale: 'en', title: 'English', summary: '', body: { type: 'doc', content: [] }, status: 'published', publishedAt: new Date(Date.now() - 1000) },
      { locale: 'ru', title: 'Русский', summary: '', body: { type: 'doc', content: [] }, status: 'in_review', publishedAt: null },
    ],
  });
  const rows = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all();
  en = rows.find((r) => r.locale === 'en')!.id;
  ru = rows.find((r) => r.locale === 'ru')!.id;
});
afterEach(() => cleanup());

describe('a translator, at the server', () => {
  it('cannot save the source language version', async () => {
    as('translator');
    const result = await saveStoryAction(null, form({ translationId: String(en), baseVersion: '1', title: 'Hijacked', slug: '', summary: '', body: doc, dateline: '', seoTitle: '', seoDescription: '' }));
    expect(result).toEqual({ ok: false, error: 'Errors.forbidden' });
    expect(db.select().from(entryTranslations).where(eq(entryTranslations.id, en)).get()?.title).toBe('English');
  });

  it('can save the translation', async () => {
    as('translator');
    const result = await saveStoryAction(null, form({ translationId: String(ru), baseVersion: '1', title: 'Перевод', slug: '', summary: '', body: doc, dateline: '', seoTitle: '', seoDescription: '' }));
    expect(result).toMatchObject({ ok: true, version: 2 });
  });

  it('cannot publish a translation, nor unpublish the source', async () => {
    as('translator');
    expect(await changeTranslationStatusAction(null, form({ translationId: String(ru), transition: 'publish' }))).toEqual({ ok: false, error: 'Errors.invalidTransition' });
    expect(await changeTranslationStatusAction(null, form({ translationId: String(en), transition: 'unpublish' }))).toEqual({ ok: false, error: 'Errors.forbidden' });
    expect(db.select().from(translationPublications).all().map((p) => p.locale)).toEqual(['en']);
  });

  it('while an editor publishes the translation on its own', async () => {
    as('editor');
    expect(await changeTranslationStatusAction(null, form({ translationId: String(ru), transition: 'publish' }))).toEqual({ ok: true, status: 'published' });
    expect(db.select().from(translationPublications).all().map((p) => p.locale).sort()).toEqual(['en', 'ru']);
  });
});

describe('publishing with images, at the server', () => {
  it('is refused in a language an image lacks alt text in, naming the image; English publishes', async () => {
    const { insertMedia } = await import('@/db/mutations/media');
    const words = (alt: string) => ({ alt, caption: '', creditBy: '', creditPlace: '' });
    const mediaId = insertMedia(
      db,
      { sha256: 'f'.repeat(64), mime: 'image/png', width: 640, height: 480, bytes: 10, originalName: 'border-post.png', variants: [{ width: 320, height: 240, bytes: 5 }, { width: 640, height: 480, bytes: 10 }] },
      { en: words('A border post in the snow'), ru: words('') },
      { id: null, ip: null },
    );
    const withImage = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'p' }, content: [{ type: 'text', text: 'Text' }] }, { type: 'image', attrs: { id: 'img', mediaId } }] });
    as('editor');
    for (const [id, title] of [[ru, 'Русский'], [en, 'English']] as const) {
      const version = db.select().from(entryTranslations).where(eq(entryTranslations.id, id)).get()!.version;
      expect(await saveStoryAction(null, form({ translationId: String(id), baseVersion: String(version), title, slug: '', summary: '', body: withImage, dateline: '', seoTitle: '', seoDescription: '' }))).toMatchObject({ ok: true });
    }
    expect(await changeTranslationStatusAction(null, form({ translationId: String(ru), transition: 'publish' }))).toEqual({
      ok: false,
      error: 'Errors.altTextMissing',
      missingAlt: [{ mediaId, name: 'border-post.png', sha256: 'f'.repeat(64), width: 640, height: 480, variants: [{ width: 320, height: 240, bytes: 5 }, { width: 640, height: 480, bytes: 10 }] }],
    });
    expect(db.select().from(translationPublications).all().map((p) => p.locale)).toEqual(['en']);
    expect(await changeTranslationStatusAction(null, form({ translationId: String(en), transition: 'publish' }))).toEqual({ ok: true, status: 'published' });
  });

  it('refuses a body whose image block carries anything but a media id', async () => {
    as('editor');
    const bad = JSON.stringify({ type: 'doc', content: [{ type: 'image', attrs: { id: 'img', mediaId: 1, src: 'https://evil.example.org/pixel.gif' } }] });
    expect(await saveStoryAction(null, form({ translationId: String(en), baseVersion: '1', title: 'English', slug: '', summary: '', body: bad, dateline: '', seoTitle: '', seoDescription: '' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { 'fields.body': 'Errors.invalidBody' },
    });
  });
});
