import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';

/** Names inside a backup folder. */
export const BACKUP_DATABASE = 'newsroom.db';
export const BACKUP_UPLOADS = 'uploads';
export const BACKUP_MANIFEST = 'backup.json';

/** A timestamp usable as a folder name everywhere (no colons): 2026-03-01T10-00-00-000Z. */
export function folderStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** Opens a database file read-only and runs SQLite's full integrity check on it. */
export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

export type BackupResult = { folder: string; database: string; databaseBytes: number; uploads: string; uploadFiles: number };

/**
 * An online, consistent copy of the database and the uploads into `<backupRoot>/<timestamp>/`.
 * The database goes through SQLite's backup API: one read transaction, so the copy is the
 * database as of one instant while the server keeps reading and writing (WAL lets writers go on).
 * The uploads are copied afterwards, so every file the copied database names is already there
 * (files are written before the row that names them).
 */
export async function createBackup(options: { databasePath: string; uploadsDir: string; backupRoot: string; now?: Date }): Promise<BackupResult> {
  const folder = path.join(options.backupRoot, folderStamp(options.now ?? new Date()));
  mkdirSync(options.backupRoot, { recursive: true });
  // Not recursive: never write into a backup that already exists.
  mkdirSync(folder);
  try {
    return await copyInto(folder, options);
  } catch (error) {
    // Leave no half-made backup that a restore could later pick.
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

async function copyInto(folder: string, options: { databasePath: string; uploadsDir: string; now?: Date }): Promise<BackupResult> {
  const database = path.join(folder, BACKUP_DATABASE);
  const source = new Database(options.databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // All remaining pages in one step: a copy made in many steps restarts whenever another
    // connection writes, and might never finish on a busy site.
    await source.backup(database, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const check = integrityCheck(database);
  if (check !== 'ok') throw new Error(`The copy of the database failed its integrity check: ${check}`);
  const uploads = path.join(folder, BACKUP_UPLOADS);
  if (existsSync(options.uploadsDir)) cpSync(options.uploadsDir, uploads, { recursive: true });
  else mkdirSync(uploads);
  const result: BackupResult = {
    folder,
    database,
    databaseBytes: statSync(database).size,
    uploads,
    uploadFiles: countFiles(uploads),
  };
  writeFileSync(
    path.join(folder, BACKUP_MANIFEST),
    `${JSON.stringify({ createdAt: (options.now ?? new Date()).toISOString(), databaseBytes: result.databaseBytes, uploadFiles: result.uploadFiles }, null, 2)}\n`,
  );
  return result;
}

export class RestoreError extends Error {}

/** What a restore needs to find in the folder; throws RestoreError naming what is wrong. */
export function checkBackupFolder(folder: string): { database: string; uploads: string | null } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new RestoreError(`${folder} is not a folder.`);
  const database = path.join(folder, BACKUP_DATABASE);
  if (!existsSync(database)) throw new RestoreError(`${folder} holds no ${BACKUP_DATABASE}: is it a backup made by npm run backup?`);
  let check: string;
  try {
    check = integrityCheck(database);
  } catch (error) {
    throw new RestoreError(`${database} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  if (check !== 'ok') throw new RestoreError(`${database} failed its integrity check: ${check}`);
  const uploads = path.join(folder, BACKUP_UPLOADS);
  return { database, uploads: existsSync(uploads) ? uploads : null };
}

export type RestoreResult = { movedAside: string[]; database: string; uploadFiles: number };

/**
 * Puts a backup in place of the current database and uploads. Nothing is deleted: the current
 * database (with its -wal and -shm files) and uploads folder are renamed with the suffix
 * `.before-restore-<timestamp>`. Run it with the server stopped.
 */
export function restoreBackup(options: { folder: string; databasePath: string; uploadsDir: string; now?: Date }): RestoreResult {
  const backup = checkBackupFolder(options.folder);
  const suffix = `.before-restore-${folderStamp(options.now ?? new Date())}`;
  const movedAside: string[] = [];
  const aside = (file: string, to: string) => {
    if (!existsSync(file)) return;
    if (existsSync(to)) throw new RestoreError(`${to} already exists; try again in a moment.`);
    renameSync(file, to);
    movedAside.push(to);
  };
  aside(options.databasePath, `${options.databasePath}${suffix}`);
  // SQLite finds a database's journal by name: keep the pair together under the new name.
  for (const extra of ['-wal', '-shm']) aside(`${options.databasePath}${extra}`, `${options.databasePath}${suffix}${extra}`);
  mkdirSync(path.dirname(path.resolve(options.databasePath)), { recursive: true });
  copyFileSync(backup.database, options.databasePath);
  aside(options.uploadsDir, `${options.uploadsDir.replace(/[/\\]+$/, '')}${suffix}`);
  if (backup.uploads) cpSync(backup.uploads, options.uploadsDir, { recursive: true });
  else mkdirSync(options.uploadsDir, { recursive: true });
  return { movedAside, database: options.databasePath, uploadFiles: countFiles(options.uploadsDir) };
}
