import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { createLocalStorage, type Storage } from '@/lib/storage';
import type { Db } from '../client';
import { auditLog, media, mediaTranslations } from '../schema';
import { deleteMedia, uploadImage } from './media';

let db: Db;
let cleanup: () => void;
let root: string;
let storage: Storage;
const actor = { id: null, ip: null };

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-uploads-'));
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
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}
const png = (width = 700, height = 400, r = 10) => sharp({ create: { width, height, channels: 3, background: { r, g: 120, b: 200 } } }).png().toBuffer();
const rows = () => db.select({ n: count() }).from(media).get()?.n;

describe('uploadImage', () => {
  it('stores the variants under the content hash, one row, a text row per locale and an audit entry', async () => {
    const result = await uploadImage(db, storage, { bytes: await png(), originalName: 'photo.jpg' }, actor);
    expect(result).toMatchObject({ ok: true, duplicate: false });
    const row = db.select().from(media).get()!;
    expect(row).toMatchObject({ mime: 'image/png', width: 700, height: 400, originalName: 'photo.jpg' });
    expect(row.variants.map((v) => v.width)).toEqual([320, 640, 700]);
    expect(files()).toEqual([`images/${row.sha256}/320.webp`, `images/${row.sha256}/640.webp`, `images/${row.sha256}/700.webp`].map((f) => path.join(...f.split('/'))));
    expect(db.select().from(mediaTranslations).all().map((t) => t.locale).sort()).toEqual(['en', 'ru']);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'media.upload')).all()).toHaveLength(1);
  });

  it('stores the same upload once', async () => {
    const bytes = await png();
    const first = await uploadImage(db, storage, { bytes, originalName: 'a.png' }, actor);
    const second = await uploadImage(db, storage, { bytes, originalName: 'copy of a.png' }, actor);
    expect(second).toEqual({ ok: true, mediaId: first.ok ? first.mediaId : -1, duplicate: true });
    expect(rows()).toBe(1);
    expect(files()).toHaveLength(3);
  });

  it('leaves neither a row nor a file when refused', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await uploadImage(db, storage, { bytes: svg, originalName: 'logo.png' }, actor)).toEqual({ ok: false, error: 'unsupported_type' });
    expect(rows()).toBe(0);
    expect(files()).toEqual([]);
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
    await expect(uploadImage(db, failing, { bytes: await png(), originalName: 'a.png' }, actor)).rejects.toThrow('disk full');
    expect(rows()).toBe(0);
    expect(files()).toEqual([]);
  });

  it('leaves no orphan file when the database write fails', async () => {
    db.$client.exec(`create trigger fail_media before insert on media begin select raise(abort, 'no'); end`);
    await expect(uploadImage(db, storage, { bytes: await png(), originalName: 'a.png' }, actor)).rejects.toThrow();
    expect(rows()).toBe(0);
    expect(db.select({ n: count() }).from(auditLog).get()?.n).toBe(0);
    expect(files()).toEqual([]);
  });
});

describe('deleteMedia', () => {
  it('removes an unused image, its files and texts, and audits it', async () => {
    const up = await uploadImage(db, storage, { bytes: await png(), originalName: 'a.png' }, actor);
    if (!up.ok) throw new Error(up.error);
    expect((await deleteMedia(db, storage, up.mediaId, actor)).ok).toBe(true);
    expect(rows()).toBe(0);
    expect(db.select().from(mediaTranslations).all()).toEqual([]);
    expect(files()).toEqual([]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'media.delete')).all()).toHaveLength(1);
  });

  it('refuses to delete an image something uses, and says where', async () => {
    const up = await uploadImage(db, storage, { bytes: await png(), originalName: 'a.png' }, actor);
    if (!up.ok) throw new Error(up.error);
    const usedByStory = (_db: unknown, id: number) => (id === up.mediaId ? [{ kind: 'story' as const, id: 7, title: 'Almaty Process meets' }] : []);
    const result = await deleteMedia(db, storage, up.mediaId, actor, [usedByStory]);
    expect(result).toEqual({ ok: false, error: 'in_use', usages: [{ kind: 'story', id: 7, title: 'Almaty Process meets' }] });
    expect(rows()).toBe(1);
    expect(files()).toHaveLength(3);
  });
});
