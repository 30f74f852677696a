// Nothing saved is lost when the server dies: the serving process is killed with SIGKILL (no
// chance to clean up) while several editors are saving, twice; after each restart the database
// passes `PRAGMA integrity_check` and every save the server had acknowledged is there.
// Runs after the other end-to-end tests (its own Playwright project), on its own server and
// database: see scripts/durability/ and docs/durability.md.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { EditorSession, readActionIds } from '../scripts/durability/client';
import { newBurstStats, openTabs, runTab } from '../scripts/durability/burst';
import {
  assertBuilt,
  integrityCheck,
  prepareSite,
  processesHoldingFile,
  sleep,
  sourceTranslation,
  startServer,
  type Server,
} from '../scripts/durability/harness';
import { verifyLedger } from '../scripts/durability/ledger';

const PORT = Number(process.env.DURABILITY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 50);
const EDITORS = 4;
const ROUNDS = 2;

test('SIGKILL during a burst of saves: the database is intact and every acknowledged save is there', async () => {
  test.setTimeout(240_000);
  assertBuilt();
  const { site, accounts } = await prepareSite('data/durability-kill', EDITORS);
  let server: Server | null = await startServer(site, PORT);
  try {
    const ids = readActionIds();
    const sessions = accounts.map((a) => new EditorSession(server!.url, ids, a.email));
    for (const [i, session] of sessions.entries()) expect(await session.signIn(accounts[i]!.password), `${session.email} signs in`).toBe(true);

    const tabs = await openTabs(sessions, site.databasePath, 'Durability');

    const stats = newBurstStats();
    for (let round = 1; round <= ROUNDS; round++) {
      const before = stats.ledger.length;
      let stop = false;
      // The editor page loads the working copy's current version; so does each tab here.
      const loops = tabs.map((tab) =>
        runTab({ ...tab, session: tab.session.via(server!.url) }, sourceTranslation(site.databasePath, tab.storyId).version, stats, { shouldStop: () => stop, run: `r${round}` }),
      );
      // Let the burst get going, then kill the server while saves are in flight.
      const deadline = Date.now() + 60_000;
      while ((stats.ledger.length - before < 40 || stats.inFlight === 0) && Date.now() < deadline) await sleep(5);
      expect(stats.inFlight, 'saves are in flight at the moment of the kill').toBeGreaterThan(0);
      // The serving process itself (`npm start`'s script then ends with it, as it would in production).
      process.kill(server.pid, 'SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(loops);
      // The kill reached the process that had the database open: nobody holds it now, and
      // nothing answers.
      expect(processesHoldingFile(site.databasePath)).toEqual([]);
      expect((await sessions[0]!.get('/en')).status, 'nothing answers on the port').toBe(0);
      server = null;
      expect(stats.failures, 'no save was answered with an error').toEqual([]);
      expect(stats.ledger.length - before).toBeGreaterThanOrEqual(40);

      // Restart the way `npm start` does, on the same database.
      server = await startServer(site, PORT);
      expect(integrityCheck(site.databasePath)).toBe('ok');
      const db = new Database(site.databasePath, { readonly: true });
      try {
        const verdict = verifyLedger(db, stats.ledger, stats.unanswered);
        const summary = `${verdict.acknowledged} saves acknowledged so far, ${verdict.present} present; ${verdict.committedUnacknowledged} committed without an answer; ${stats.conflicts} conflicts; ${[...stats.unanswered.values()].reduce((a, b) => a + b, 0)} unanswered`;
        test.info().annotations.push({ type: `round ${round}`, description: summary });
        console.log(`Round ${round}: integrity_check ok; ${summary}`);
        expect(verdict.problems).toEqual([]);
        expect(verdict.present).toBe(verdict.acknowledged);
      } finally {
        db.close();
      }
    }

    // The restarted site takes saves again from the same signed-in editors.
    for (const tab of tabs.filter((_, i) => i % 2 === 0)) {
      const current = sourceTranslation(site.databasePath, tab.storyId);
      const outcome = await tab.session.via(server.url).save(tab.storyId, {
        translationId: tab.translationId,
        baseVersion: current.version,
        title: `Durability ${tab.storyId}`,
        slug: tab.slug,
        summary: `after restart ${tab.label}`,
        bodyText: 'After the restart',
        autosave: false,
        note: 'after restart',
      });
      expect(outcome.kind === 'answer' && outcome.value?.ok, `${tab.label} saves after the restart`).toBe(true);
    }
  } finally {
    await server?.stop();
  }
});
