import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? 'data/newsroom.db' },
  // The FTS5 table of migration 0003 (and its shadow tables) is not drizzle's: never offer to drop it.
  tablesFilter: ['!search_fts*'],
  strict: true,
  verbose: true,
});
