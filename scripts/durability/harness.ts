// Servers for the durability tests: the site started as `npm start` starts it (the production
// build in `.next`), on a database made fresh for the run. The process these tests kill is the one
// that serves and holds the database open, found by the file it has open, so a SIGKILL sent to it
// is a real crash of the site. Linux only (it reads /proc).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { hashPassword } from '@/lib/password';
import { parseEnv } from '@/lib/env';
import { prepareDatabase } from '../prepare';

export const DURABILITY_PASSWORD = 'durability-test-password-42';
const AUTH_SECRET = 'durability-secret-that-is-at-least-32-characters';

export type Site = { dir: string; databasePath: string; uploadsDir: string };
export type Account = { email: string; password: string };

export function assertBuilt(): void {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No production build in .next: run `npm run build` first');
}

/** A new database (migrated, demo seeded) plus `editors` editor accounts, under `dir`. */
export async function prepareSite(dir: string, editors: number): Promise<{ site: Site; accounts: Account[] }> {
  rmSync(dir, { recursive: true, force: true });
  const site = { dir, databasePath: path.join(dir, 'newsroom.db'), uploadsDir: path.join(dir, 'uploads') };
  await prepareDatabase(parseEnv({ DATABASE_PATH: site.databasePath, UPLOADS_DIR: site.uploadsDir, DEMO_PASSWORD: DURABILITY_PASSWORD }));
  const accounts: Account[] = [{ email: 'editor@example.org', password: DURABILITY_PASSWORD }];
  const hash = await hashPassword(DURABILITY_PASSWORD);
  const db = new Database(site.databasePath);
  try {
    const insert = db.prepare("insert into users (email, name, password_hash, role) values (?, ?, ?, 'editor')");
    for (let n = 2; n <= editors; n++) {
      const email = `editor${n}@example.org`;
      insert.run(email, `Editor ${n}`, hash);
      accounts.push({ email, password: DURABILITY_PASSWORD });
    }
  } finally {
    db.close();
  }
  return { site, accounts };
}

// Servers still running when this process ends are stopped with it (an interrupted soak must not
// leave servers behind on its ports).
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) killTree(pid);
});

export type Server = {
  url: string;
  /** The process that serves and holds the database open (`next start`, the child of `npm start`'s script). */
  pid: number;
  /** Everything the server printed (stdout and stderr). */
  output: string[];
  /** When `npm start`'s script ended (it ends with its server). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
};

/**
 * Starts the site exactly as `npm start` does (scripts/start.ts: migrate, seed an empty database,
 * serve the build with `next start`) over `site`'s database on `port`, and waits until it answers.
 * Test load is only ever sent to this machine's loopback address.
 */
export async function startServer(site: Site, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  // Nothing else may be answering there: we would be testing someone else's server.
  if (await answers(url)) throw new Error(`Something already answers on ${url}`);
  // `node --import tsx` rather than the tsx command: one wrapper process, whose child serves.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_PATH: site.databasePath,
      UPLOADS_DIR: site.uploadsDir,
      PORT: String(port),
      SITE_URL: `http://localhost:${port}`,
      AUTH_SECRET,
      DEMO_PASSWORD: DURABILITY_PASSWORD,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  running.add(child.pid!);
  const output: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  void exited.then(() => {
    gone = true;
    running.delete(child.pid!);
  });
  const deadline = Date.now() + 120_000;
  while (!(await answers(`${url}/en`))) {
    if (gone || Date.now() > deadline) {
      killTree(child.pid!);
      throw new Error(`The server on ${url} did not come up:\n${output.join('')}`);
    }
    await sleep(250);
  }
  // The serving process is the one of the script's descendants that has the database open (the
  // script itself closed its connection after migrating).
  const holders = processesHoldingFile(site.databasePath).filter((pid) => descendsFrom(pid, child.pid!));
  if (holders.length !== 1) {
    killTree(child.pid!);
    throw new Error(`Expected one serving process to hold ${site.databasePath}, found ${holders.length}`);
  }
  return {
    url,
    pid: holders[0]!,
    output,
    exited,
    async stop() {
      if (!gone) child.kill('SIGTERM');
      const timer = setTimeout(() => killTree(child.pid!), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let p: number | null = pid; p && p > 1; p = parentOf(p)) if (p === ancestor) return true;
  return false;
}

/** SIGKILL to a process and every descendant of it (only processes this harness started). */
function killTree(root: number): void {
  const all = readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number);
  for (const pid of [...all.filter((pid) => pid !== root && descendsFrom(pid, root)), root]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status < 500;
  } catch {
    return false;
  }
}

/** Processes with `file` (or its -wal / -shm) open, from /proc (Linux). */
export function processesHoldingFile(file: string): number[] {
  const target = realpathSync(file);
  const found = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (link === target || link === `${target}-wal` || link === `${target}-shm`) found.add(Number(entry));
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return [...found];
}

/** `PRAGMA integrity_check` of the database file, through a connection of its own. */
export function integrityCheck(databasePath: string): string {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** A story's source translation as its editor page would load it (id, slug, current version). */
export function sourceTranslation(databasePath: string, storyId: number): { translationId: number; slug: string; version: number } {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const row = db
      .prepare('select t.id as translationId, t.slug, t.version from entry_translations t join entries s on s.id = t.entry_id and s.source_locale = t.locale where t.entry_id = ?')
      .get(storyId) as { translationId: number; slug: string; version: number } | undefined;
    if (!row) throw new Error(`Story ${storyId} has no source translation`);
    return row;
  } finally {
    db.close();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
