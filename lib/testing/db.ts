import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase, type Db } from '@/db/client';

/**
 * A real SQLite file, freshly migrated, for one test; also installed as the server's connection
 * (db/index.ts reads globalThis) so queries under test use it. Returns a cleanup function.
 */
export function createTestDatabase(): { db: Db; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'));
  const db = openDatabase(path.join(dir, 'test.db'));
  migrateDatabase(db);
  const g = globalThis as typeof globalThis & { __newsroomDb?: Db };
  g.__newsroomDb = db;
  return {
    db,
    cleanup: () => {
      if (g.__newsroomDb === db) delete g.__newsroomDb;
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
