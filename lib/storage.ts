import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getEnv } from './env';
import type { ByteRange } from './http-range';

/**
 * Where uploaded bytes live. Keys are relative, slash-separated paths chosen by us (never by a
 * client), e.g. `images/<sha256>/640.webp`. An S3-compatible store can implement the same four
 * verbs later; nothing else in the app touches the disk for uploads.
 */
export interface Storage {
  /** Writes atomically: a reader never sees a half-written object. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** The whole object, or bytes `range.start` to `range.end` (both included; S3's ranged GET does the same). */
  stream(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9]+(?:[/._-][a-z0-9]+)*$/;

/** Refuses anything that could step out of the storage root. */
export function assertValidKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) throw new Error(`Invalid storage key: ${key}`);
}

/** The local disk under one root folder (UPLOADS_DIR). */
export function createLocalStorage(root: string): Storage {
  const resolve = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, bytes) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside its final name, then renamed: rename is atomic on one file system.
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(resolve(key)));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async stream(key, range) {
      const file = resolve(key);
      try {
        if (!(await stat(file)).isFile()) return null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      return Readable.toWeb(createReadStream(file, range ? { start: range.start, end: range.end } : undefined)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
    async exists(key) {
      try {
        return (await stat(resolve(key))).isFile();
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

let uploads: Storage | undefined;
/** The server's upload store, under UPLOADS_DIR. */
export function getUploadStorage(): Storage {
  uploads ??= createLocalStorage(path.resolve(getEnv().UPLOADS_DIR));
  return uploads;
}
