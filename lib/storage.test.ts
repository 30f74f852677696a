import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalStorage, type Storage } from './storage';

let root: string;
let storage: Storage;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-storage-'));
  storage = createLocalStorage(path.join(root, 'uploads'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('local storage', () => {
  it('puts, reads, streams and deletes an object, leaving no temp file', async () => {
    await storage.put('images/abc/320.webp', new Uint8Array([1, 2, 3]));
    expect(await storage.exists('images/abc/320.webp')).toBe(true);
    expect(Array.from((await storage.get('images/abc/320.webp'))!)).toEqual([1, 2, 3]);
    const stream = await storage.stream('images/abc/320.webp');
    expect(Array.from(new Uint8Array(await new Response(stream).arrayBuffer()))).toEqual([1, 2, 3]);
    expect(readdirSync(path.join(root, 'uploads', 'images', 'abc'))).toEqual(['320.webp']);
    await storage.delete('images/abc/320.webp');
    expect(await storage.exists('images/abc/320.webp')).toBe(false);
    expect(await storage.get('images/abc/320.webp')).toBeNull();
    expect(await storage.stream('images/abc/320.webp')).toBeNull();
  });

  it('streams one byte range of an object, both ends included', async () => {
    await storage.put('documents/abc.pdf', new Uint8Array([10, 11, 12, 13, 14, 15]));
    const bytes = async (range: { start: number; end: number }) => Array.from(new Uint8Array(await new Response(await storage.stream('documents/abc.pdf', range)).arrayBuffer()));
    expect(await bytes({ start: 2, end: 4 })).toEqual([12, 13, 14]);
    expect(await bytes({ start: 5, end: 5 })).toEqual([15]);
    expect(await bytes({ start: 0, end: 5 })).toEqual([10, 11, 12, 13, 14, 15]);
  });

  it('refuses a key that could leave its root', async () => {
    for (const key of ['../secret', 'images/../../x', '/etc/passwd', 'a//b', 'A.webp']) {
      await expect(storage.put(key, new Uint8Array([1])), key).rejects.toThrow('Invalid storage key');
    }
  });
});
