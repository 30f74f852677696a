import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '@/db/client';
import { checkBackupFolder, createBackup, integrityCheck, restoreBackup, RestoreError } from './backup';

let dir: string;
let databasePath: string;
let uploadsDir: string;
let backupRoot: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-backup-'));
  databasePath = path.join(dir, 'data', 'newsroom.db');
  uploadsDir = path.join(dir, 'data', 'uploads');
  backupRoot = path.join(dir, 'backups');
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  db.$client.close();
  mkdirSync(path.join(uploadsDir, '2026', '03'), { recursive: true });
  writeFileSync(path.join(uploadsDir, '2026', '03', 'photo.jpg'), 'jpeg bytes');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function auditIds(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select id from audit_log order by id').all() as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** Another process saving as fast as it can, as the server would while a backup runs. */
function startWriter(file: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000');
    const insert = db.prepare("insert into audit_log (action, detail) values ('test.write', ?)");
    const save = db.transaction((i) => { insert.run(JSON.stringify({ i, padding: 'x'.repeat(2000) })); });
    let i = 0;
    process.on('SIGTERM', () => { db.close(); process.exit(0); });
    (function loop() { for (let k = 0; k < 20; k++) save(i++); setImmediate(loop); })();
  `;
  return spawn(process.execPath, ['-e', script, file], { stdio: 'ignore', cwd: process.cwd() });
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

describe('npm run backup', () => {
  it('copies a consistent database while another process keeps writing, and the uploads', async () => {
    const writer = startWriter(databasePath);
    try {
      await until(() => auditIds(databasePath).length > 500);
      const result = await createBackup({ databasePath, uploadsDir, backupRoot, now: new Date('2026-03-01T02:00:00Z') });
      // Writes went on after the copy was taken.
      const atBackup = auditIds(result.database).length;
      await until(() => auditIds(databasePath).length > atBackup + 100);

      expect(result.folder).toBe(path.join(backupRoot, '2026-03-01T02-00-00-000Z'));
      expect(integrityCheck(result.database)).toBe('ok');
      const ids = auditIds(result.database);
      expect(ids.length).toBeGreaterThan(500);
      // One instant of the database: every committed save up to a point, none half-way.
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
      expect(readFileSync(path.join(result.uploads, '2026', '03', 'photo.jpg'), 'utf8')).toBe('jpeg bytes');
      expect(result.uploadFiles).toBe(1);
      expect(JSON.parse(readFileSync(path.join(result.folder, 'backup.json'), 'utf8'))).toMatchObject({ uploadFiles: 1 });
    } finally {
      writer.kill('SIGTERM');
      await new Promise((r) => writer.once('exit', r));
    }
  });

  it('never writes into an existing backup folder', async () => {
    const now = new Date('2026-03-01T02:00:00Z');
    await createBackup({ databasePath, uploadsDir, backupRoot, now });
    await expect(createBackup({ databasePath, uploadsDir, backupRoot, now })).rejects.toThrow(/EEXIST/);
  });
});

describe('npm run restore', () => {
  it('brings back the database and uploads of the backup, keeping the current ones aside', async () => {
    const db = openDatabase(databasePath);
    db.$client.prepare("insert into audit_log (action) values ('before.backup')").run();
    const { folder } = await createBackup({ databasePath, uploadsDir, backupRoot });
    // Afterwards: a save, a deleted upload and a new one.
    db.$client.prepare("insert into audit_log (action) values ('after.backup')").run();
    db.$client.close();
    rmSync(path.join(uploadsDir, '2026'), { recursive: true });
    writeFileSync(path.join(uploadsDir, 'later.png'), 'png');

    const result = restoreBackup({ folder, databasePath, uploadsDir, now: new Date('2026-03-02T00:00:00Z') });

    const restored = new Database(databasePath, { readonly: true });
    expect(restored.prepare('select action from audit_log').all()).toEqual([{ action: 'before.backup' }]);
    restored.close();
    expect(readFileSync(path.join(uploadsDir, '2026', '03', 'photo.jpg'), 'utf8')).toBe('jpeg bytes');
    expect(existsSync(path.join(uploadsDir, 'later.png'))).toBe(false);
    // Nothing lost: what was there before the restore is kept under a new name.
    const aside = `${databasePath}.before-restore-2026-03-02T00-00-00-000Z`;
    expect(result.movedAside).toContain(aside);
    const kept = new Database(aside, { readonly: true });
    expect(kept.prepare('select action from audit_log order by id').all()).toEqual([{ action: 'before.backup' }, { action: 'after.backup' }]);
    kept.close();
    expect(existsSync(`${uploadsDir}.before-restore-2026-03-02T00-00-00-000Z/later.png`)).toBe(true);
  });

  it('refuses a folder that is not a backup, or whose database is damaged, touching nothing', () => {
    expect(() => checkBackupFolder(path.join(dir, 'nowhere'))).toThrow(RestoreError);
    expect(() => restoreBackup({ folder: uploadsDir, databasePath, uploadsDir })).toThrow(/holds no newsroom.db/);
    const fake = path.join(dir, 'fake');
    mkdirSync(fake);
    writeFileSync(path.join(fake, 'newsroom.db'), 'not a database at all, just text that is long enough to look like a file');
    expect(() => restoreBackup({ folder: fake, databasePath, uploadsDir })).toThrow(RestoreError);
    expect(integrityCheck(databasePath)).toBe('ok');
    expect(existsSync(path.join(uploadsDir, '2026', '03', 'photo.jpg'))).toBe(true);
  });
});
