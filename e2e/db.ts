/**
 * The e2e server's database through the app's own Drizzle schema and mutations, for tests that
 * store many rows at once (the XSS sweep) where going through the UI for each would add nothing.
 */
import { openDatabase, type Db } from '../db/client';

export async function withE2eDrizzle<T>(fn: (db: Db) => T): Promise<T> {
  const db = openDatabase('data/e2e/newsroom.db');
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}
