import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens a SQLite file with the pragmas every connection of ours needs.
 *
 * Durability (docs/durability.md): WAL with `synchronous = NORMAL` keeps every committed
 * transaction through a crash or SIGKILL of the process (the commit is in the WAL file, in the
 * operating system's hands, before the save is answered); only a crash of the operating system
 * or a power cut may roll back the last commits, never corrupt the file.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // SQLite's lower() and like fold Latin letters only; admin searches need Cyrillic too.
  sqlite.function('casefold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
  const db = drizzle(sqlite, { schema }) as Db;
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE), waiting up to the busy
  // timeout for it. A deferred one reads first and asks for the lock at its first write; if
  // another process (a second server, a script) committed in between, SQLite answers
  // SQLITE_BUSY at once, whatever the busy timeout, and the user would see an error.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => transaction(fn, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/** Applies the committed migrations. Not safe to race between processes: run once, before serving. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** A transaction handle; mutations take either, so callers decide where the transaction is. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbLike = Db | Tx;
