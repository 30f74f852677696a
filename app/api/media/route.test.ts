import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, media, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/authz';
import { IMAGE_LIMITS } from '@/lib/media/image';
import { createLocalStorage } from '@/lib/storage';
import { createTestDatabase } from '@/lib/testing/db';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
const uploads = vi.hoisted(() => ({ root: '' }));
vi.mock('@/lib/authz', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/authz')>()),
  getCurrentUser: async () => currentUser.value,
}));
vi.mock('@/lib/auth', () => ({ clientIp: () => '203.0.113.9' }));
vi.mock('@/lib/media/revalidate', () => ({ revalidateMediaPages: vi.fn() }));
vi.mock('@/lib/storage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/storage')>();
  return { ...actual, getUploadStorage: () => actual.createLocalStorage(uploads.root) };
});

const { POST } = await import('./route');

let cleanup: () => void;
let db: ReturnType<typeof createTestDatabase>['db'];
beforeAll(() => {
  ({ db, cleanup } = createTestDatabase());
  db.insert(users).values({ email: 'editor@example.org', name: 'Editor', passwordHash: 'x', role: 'editor' }).run();
  uploads.root = mkdtempSync(path.join(tmpdir(), 'newsroom-route-'));
});
afterAll(() => {
  cleanup();
  rmSync(uploads.root, { recursive: true, force: true });
});

const as = (role: CurrentUser['role'] | null) => {
  currentUser.value = role ? { id: 1, email: `${role}@example.org`, name: role, role, preferredLocale: 'en' } : null;
};
const counts = () => [media, auditLog].map((t) => db.select({ n: count() }).from(t).get()?.n);

/** A multipart body streamed in chunks with no Content-Length; counts how much the server pulled. */
function streamingUpload(totalBytes: number, headers: Record<string, string> = {}) {
  const stats = { pulled: 0 };
  const boundary = 'xBOUNDARYx';
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`);
  let sentHead = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sentHead) {
        sentHead = true;
        controller.enqueue(head);
        return;
      }
      if (stats.pulled >= totalBytes) return controller.close();
      stats.pulled += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const request = new Request('http://localhost:3000/api/media', {
    method: 'POST',
    body,
    duplex: 'half',
    headers: { host: 'localhost:3000', 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
  } as RequestInit);
  return { request, stats };
}

function formUpload(file: File, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', file);
  return new Request('http://localhost:3000/api/media', { method: 'POST', body: form, headers: { host: 'localhost:3000', ...headers } });
}

describe('POST /api/media', () => {
  it('refuses anonymous callers and translators before reading the body, changing nothing', async () => {
    const before = counts();
    for (const role of [null, 'translator'] as const) {
      as(role);
      const { request, stats } = streamingUpload(1024 * 1024);
      const response = await POST(request as never);
      expect(response.status, String(role)).toBe(403);
      expect(await response.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
      expect(stats.pulled, 'no byte of the body was read').toBe(0);
    }
    expect(counts()).toEqual(before);
  });

  it('refuses a cross-origin post even from an editor', async () => {
    as('editor');
    const response = await POST(formUpload(new File(['x'], 'x.png'), { origin: 'https://evil.example.org' }) as never);
    expect(response.status).toBe(403);
  });

  it('cuts off a chunked upload (no Content-Length) once it passes the limit', async () => {
    as('editor');
    const { request, stats } = streamingUpload(IMAGE_LIMITS.maxBytes * 4);
    const response = await POST(request as never);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: 'Errors.imageTooLarge' });
    expect(stats.pulled).toBeLessThan(IMAGE_LIMITS.maxBytes + 512 * 1024);
  });

  it('refuses a declared Content-Length over the limit unread', async () => {
    as('admin');
    const { request, stats } = streamingUpload(1024, { 'content-length': String(IMAGE_LIMITS.maxBytes * 2) });
    const response = await POST(request as never);
    expect(response.status).toBe(413);
    expect(stats.pulled).toBe(0);
  });

  it('refuses HTML dressed as a PNG by its bytes, and stores a real PNG with HTML appended as clean WebP', async () => {
    as('editor');
    const html = new File(['<html><script>window.__xss=1</script></html>'], 'photo.png', { type: 'image/png' });
    const refused = await POST(formUpload(html) as never);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ ok: false, error: 'Errors.imageType' });

    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: 'teal' } }).png().toBuffer();
    const polyglot = new File([png, '<script>window.__xss=1</script>'], 'polyglot.png', { type: 'text/html' });
    const accepted = await POST(formUpload(polyglot) as never);
    expect(accepted.status).toBe(201);
    const stored = createLocalStorage(uploads.root);
    const { mediaId } = (await accepted.json()) as { mediaId: number };
    const row = db.select().from(media).all().find((m) => m.id === mediaId)!;
    const variant = await stored.get(`images/${row.sha256}/40.webp`);
    expect(variant).not.toBeNull();
    expect(Buffer.from(variant!).subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(Buffer.from(variant!).includes('<script>')).toBe(false);
  });
});
