import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `q` as a `like` pattern matching it anywhere, with `like`'s own wildcards taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains `q`, ignoring case in any script. SQLite's own `like` folds Latin letters
 * only, so "Мигра" would miss "миграция"; `casefold` is the Unicode lower-casing every connection
 * registers (db/client.ts). Admin searches only: it reads every row it is asked about.
 */
export function containsText(column: SQLWrapper, q: string): SQL {
  return sql`casefold(${column}) like ${likePattern(q.toLowerCase())} escape '\\'`;
}
