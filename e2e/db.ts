/**
 * The e2e server's database through the app's own Drizzle schema and mutations, for tests that
 * store many rows at once (the XSS sweep) where going through the UI for each would add nothing.
 */
import { openDatabase, type Db } from '../db/client';
import { insertStoryWithTranslations, type NewStoryInput } from '../db/mutations/stories';

export async function withE2eDrizzle<T>(fn: (db: Db) => T): Promise<T> {
  const db = openDatabase('data/e2e/newsroom.db');
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

type Defaulted = 'kind' | 'sourceLocale' | 'topics' | 'countries' | 'authorId';

/**
 * One entry stored straight into the e2e database (a test's own content, so no other test edits
 * it): a story in English first, with no topics, countries or author unless the input says so.
 */
export async function insertE2eEntry(input: Omit<NewStoryInput, Defaulted> & Partial<Pick<NewStoryInput, Defaulted>>): Promise<number> {
  return withE2eDrizzle(
    (db) => db.transaction((tx) => insertStoryWithTranslations(tx, { kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: null, ...input })).storyId,
  );
}
