import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Db } from './client';
import { auditLog } from './schema';

let dir: string;
let file: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-client-'));
  file = path.join(dir, 'newsroom.db');
  db = openDatabase(file);
  migrateDatabase(db);
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const countAudit = () => db.select().from(auditLog).all().length;

describe('openDatabase', () => {
  it('uses WAL with synchronous NORMAL and waits for locks', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('takes the write lock when a transaction begins, so a read-then-write transaction is never refused halfway', () => {
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    let otherWrote = true;
    try {
      db.transaction((tx) => {
        // Read first, as saves do (the version check) …
        tx.select().from(auditLog).all();
        // … while another connection tries to write: it must wait for us, not slip in between.
        try {
          other.prepare("insert into audit_log (action) values ('other')").run();
        } catch (error) {
          expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
          otherWrote = false;
        }
        tx.insert(auditLog).values({ action: 'ours' }).run();
      });
    } finally {
      other.close();
    }
    expect(otherWrote).toBe(false);
    expect(countAudit()).toBe(1);
  });

  it('a save meeting another process’s write lock waits for it instead of failing with SQLITE_BUSY', async () => {
    // Another process (a second server, a script) holds the write lock for a moment.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(process.argv[1]);
         db.exec('begin immediate');
         db.prepare("insert into audit_log (action) values ('other process')").run();
         process.stdout.write('locked\\n');
         const until = Date.now() + 400;
         while (Date.now() < until) {}
         db.exec('commit');
         db.close();`,
        file,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    // Began while the other process held the lock: a deferred transaction would read a snapshot
    // that is stale by the time it may write, and SQLite would refuse it at once.
    db.transaction((tx) => {
      tx.select().from(auditLog).all();
      tx.insert(auditLog).values({ action: 'ours' }).run();
    });
    await exited;
    expect(db.select().from(auditLog).all().map((r) => r.action).sort()).toEqual(['other process', 'ours']);
  });
});
