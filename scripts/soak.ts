// `npm run soak`: about a minute of public reads and concurrent editor saves against the
// production build, on this machine only, then a verdict. It passes when no request got a 5xx,
// no "database is locked" (SQLITE_BUSY) reached anyone, every save the server acknowledged is in
// the database (as its revision, audited) and the database passes its integrity check.
//
// By default two server processes serve one database file, as during a rolling restart or with a
// second instance: one process alone runs every write on its one connection, one after another,
// and could never meet SQLite's locking at all.
//
//   npm run soak -- [--seconds 60] [--instances 2] [--editors 4] [--readers 6] [--port 3140]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { EditorSession, readActionIds } from './durability/client';
import { newBurstStats, openTabs, percentile, runTab } from './durability/burst';
import { integrityCheck, prepareSite, startServer, type Server } from './durability/harness';
import { verifyLedger } from './durability/ledger';
import { entryType } from '../lib/entry-types';
import type { EntryType } from '../db/schema';
import type { Locale } from '../i18n/routing';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    instances: { type: 'string', default: '2' },
    editors: { type: 'string', default: '4' },
    readers: { type: 'string', default: '6' },
    port: { type: 'string', default: process.env.SOAK_PORT ?? '3140' },
  },
});
const SECONDS = Number(args.seconds);
const INSTANCES = Number(args.instances);
const EDITORS = Number(args.editors);
const READERS = Number(args.readers);
const PORT = Number(args.port);
for (const [name, value, max] of [['seconds', SECONDS, 600], ['instances', INSTANCES, 4], ['editors', EDITORS, 20], ['readers', READERS, 50], ['port', PORT, 65535]] as const) {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`--${name} must be a whole number from 1 to ${max}`);
    process.exit(2);
  }
}
const BUSY = /SQLITE_BUSY|database is locked/i;

if (!existsSync(path.join('.next', 'BUILD_ID'))) {
  console.log('No production build yet: building (a minute or two)…');
  const build = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { site, accounts } = await prepareSite(path.join('data', 'soak'), EDITORS);

type Counter = { requests: number; fiveXx: number; otherErrors: number; busy: number; ms: number[] };
const counter = (): Counter => ({ requests: 0, fiveXx: 0, otherErrors: 0, busy: 0, ms: [] });

async function soak(servers: Server[]): Promise<number> {
  const ids = readActionIds();
  const serverFor = (n: number) => servers[n % servers.length]!.url;

  // Sign in once per editor (sign-in throttling never sees a failure), one story each; every
  // editor has two tabs open, their own story and the next editor's, on different servers.
  const sessions = accounts.map((a, i) => new EditorSession(serverFor(i), ids, a.email));
  for (const [i, session] of sessions.entries()) {
    if (!(await session.signIn(accounts[i]!.password))) throw new Error(`${session.email} could not sign in`);
  }
  const tabs = await openTabs(sessions, site.databasePath, 'Soak', (session, i, k) => session.via(serverFor(i + k)));
  const publicPaths = livePaths(site.databasePath);

  const reads = counter();
  const adminReads = counter();
  const saveStats = newBurstStats();
  let stop = false;
  const started = Date.now();
  const timer = setTimeout(() => (stop = true), SECONDS * 1000);

  const readerLoops = Array.from({ length: READERS }, async (_, r) => {
    const reader = new EditorSession(serverFor(r), ids, 'anonymous');
    for (let n = r; !stop; n++) {
      const result = await reader.get(publicPaths[n % publicPaths.length]!);
      tally(reads, result, 200);
    }
  });
  // Now and then an editor (re)opens their story in the admin, which reads what is being saved.
  const adminLoops = tabs.map(async (tab, t) => {
    while (!stop) {
      await new Promise((resolve) => setTimeout(resolve, 1500 + t * 100));
      if (stop) break;
      tally(adminReads, await tab.session.get(`/en/admin/stories/${tab.storyId}`), 200);
    }
  });
  // Editors type in their own story and now and then in the other one's (which then conflicts
  // now and then, answered as the editor's "keep mine" does).
  const saveLoops = tabs.map((tab, t) =>
    runTab(tab, 1, saveStats, { shouldStop: () => stop, run: 'soak', pauseMs: () => (t % 2 === 0 ? Math.random() * 100 : 300 + Math.random() * 300) }),
  );
  await Promise.all([...readerLoops, ...adminLoops, ...saveLoops]);
  clearTimeout(timer);
  const seconds = (Date.now() - started) / 1000;

  await Promise.all(servers.map((s) => s.stop()));
  // Next logs each error a request met ("⨯ SqliteError: database is locked", then its code).
  const busyInLogs = servers.flatMap((s) => s.output.join('').split('\n').filter((line) => /database is locked/i.test(line)));
  const integrity = integrityCheck(site.databasePath);
  const db = new Database(site.databasePath, { readonly: true });
  const verdict = (() => {
    try {
      return verifyLedger(db, saveStats.ledger, saveStats.unanswered);
    } finally {
      db.close();
    }
  })();

  const saveFiveXx = saveStats.failures.filter((f) => / HTTP 5\d\d /.test(f)).length;
  const unanswered = [...saveStats.unanswered.values()].reduce((a, b) => a + b, 0);
  const saveRequests = saveStats.latenciesMs.length;
  const rows: [string, number, number, number, number, number][] = [
    ['public pages', reads.requests, reads.fiveXx, reads.otherErrors, percentile(reads.ms, 50), percentile(reads.ms, 99)],
    ['admin pages', adminReads.requests, adminReads.fiveXx, adminReads.otherErrors, percentile(adminReads.ms, 50), percentile(adminReads.ms, 99)],
    ['saves', saveRequests, saveFiveXx, saveStats.failures.length - saveFiveXx + unanswered, percentile(saveStats.latenciesMs, 50), percentile(saveStats.latenciesMs, 99)],
  ];
  const autosaves = saveStats.ledger.filter((a) => a.autosave).length;
  console.log(`\nSoak: ${seconds.toFixed(0)} s, ${servers.length} server process(es) on one database, ${EDITORS} editors in ${tabs.length} tabs, ${READERS} readers\n`);
  console.log(`${'request'.padEnd(14)}${'count'.padStart(8)}${'5xx'.padStart(6)}${'other'.padStart(7)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`);
  for (const [name, n, fx, other, p50, p99] of rows) {
    console.log(`${name.padEnd(14)}${String(n).padStart(8)}${String(fx).padStart(6)}${String(other).padStart(7)}${p50.toFixed(0).padStart(9)}${p99.toFixed(0).padStart(9)}`);
  }
  const busy = busyInLogs.length + reads.busy + adminReads.busy;
  const facts: [string, string][] = [
    ['saves acknowledged', `${verdict.acknowledged} (${autosaves} autosaves, ${verdict.acknowledged - autosaves} manual)`],
    ['saves present', `${verdict.present}`],
    ['conflicts answered', `${saveStats.conflicts}`],
    ['database busy errors', `${busy} (logged by the servers or shown in a page)`],
    ['integrity_check', integrity],
  ];
  console.log('');
  for (const [name, value] of facts) console.log(`${name.padEnd(22)}${value}`);
  console.log('');

  const checks: [string, boolean][] = [
    ['no 5xx', rows.every((r) => r[2] === 0)],
    ['no database-busy error reached a user', busy === 0],
    ['every request answered as expected', rows.every((r) => r[3] === 0)],
    ['every acknowledged save present', verdict.problems.length === 0 && verdict.present === verdict.acknowledged],
    ['integrity_check ok', integrity === 'ok'],
    ['load actually ran (reads and saves)', reads.requests > 0 && verdict.acknowledged > 0],
  ];
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const problems = [...verdict.problems, ...saveStats.failures, ...busyInLogs].slice(0, 20);
  if (problems.length > 0) console.log(`\n${problems.join('\n')}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;

  function tally(c: Counter, result: Awaited<ReturnType<EditorSession['get']>>, expected: number) {
    c.requests++;
    c.ms.push(result.ms);
    if (result.status >= 500) c.fiveXx++;
    else if (result.status !== expected) c.otherErrors++;
    if ('body' in result && BUSY.test(result.body)) c.busy++;
  }
}

/**
 * What readers read: the home pages, the section lists and every live page of a story, event,
 * country or digest, in both languages (a section page's own slug may redirect to its section's
 * address, so pages are read through their section's front page instead).
 */
function livePaths(databasePath: string): string[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    const live = db.prepare("select type, locale, slug from translation_publications where published_at <= ? and type <> 'page'").all(Date.now()) as { type: Exclude<EntryType, 'page'>; locale: Locale; slug: string }[];
    const sections = ['', '/news', '/events', '/countries', '/contact', '/digest', '/almaty-process'];
    // The English news has a second page (the Russian has fewer stories).
    return [...['en', 'ru'].flatMap((l) => sections.map((s) => `/${l}${s}`)), '/en/news?page=2', ...live.map((p) => entryType(p.type).publicPath(p.locale, p.slug))];
  } finally {
    db.close();
  }
}

const servers: Server[] = [];
// Interrupted: the servers go too (the harness stops them as this process exits).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    console.error(`\nSoak interrupted (${signal}): stopping its servers.`);
    process.exit(code);
  });
}
let exitCode = 1;
try {
  for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(site, PORT + i));
  exitCode = await soak(servers);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
process.exit(exitCode);
