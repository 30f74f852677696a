import 'server-only';
import { openDatabase, type Db } from './client';

const globalForDb = globalThis as typeof globalThis & { __newsroomDb?: Db };

/**
 * The one connection of the server process. Opened on first use, not at import, so that
 * `next build` never touches a database; kept on globalThis so dev reloads reuse it.
 */
export function getDb(): Db {
  globalForDb.__newsroomDb ??= openDatabase(process.env.DATABASE_PATH ?? 'data/newsroom.db');
  return globalForDb.__newsroomDb;
}
