// What the editors were told, and whether the database still says so. Every save carries a token
// of its own in its summary; an acknowledged save (the server answered `{ ok: true, version }`)
// must be found afterwards as the revision of that version, with its audit entry.
import type Database from 'better-sqlite3';

export type Acknowledged = {
  translationId: number;
  version: number;
  token: string;
  autosave: boolean;
  email: string;
};

export type Verdict = {
  acknowledged: number;
  present: number;
  /** Saves that committed but whose answer never reached the editor (the server died first). */
  committedUnacknowledged: number;
  problems: string[];
};

type RevisionRow = { version: number; snapshot: string; autosave: number; email: string | null };

/**
 * Checks the ledger against the database:
 * - a manual save is the revision of its version, its summary the save's token;
 * - an autosave is that too, or was folded (by design, AUTOSAVE_COALESCE_MS) into the same
 *   person's next autosave revision: the first revision after its version, an autosave of theirs;
 * - each has its audit entry (written in the save's own transaction);
 * - each translation's working copy is at least at its newest acknowledged version, and holds
 *   that save's text when at it; it is further along by at most `unanswered` saves (the ones in
 *   flight when the server died, which may have committed without an answer getting out).
 */
export function verifyLedger(db: Database.Database, ledger: Acknowledged[], unansweredByTranslation: Map<number, number> = new Map()): Verdict {
  const problems: string[] = [];
  let present = 0;
  let committedUnacknowledged = 0;
  const revisionsOf = db.prepare(
    'select r.version, r.snapshot, r.autosave, u.email from revisions r left join users u on u.id = r.author_id where r.translation_id = ? order by r.version',
  );
  const auditOf = db.prepare(
    "select count(*) as n from audit_log where entity_type = 'translation' and entity_id = ? and action in ('translation.save', 'translation.autosave') and json_extract(detail, '$.version') = ?",
  );
  const workingCopy = db.prepare('select version, summary from entry_translations where id = ?');

  const byTranslation = new Map<number, Acknowledged[]>();
  for (const ack of ledger) byTranslation.set(ack.translationId, [...(byTranslation.get(ack.translationId) ?? []), ack]);

  for (const [translationId, acks] of byTranslation) {
    const revisions = (revisionsOf.all(translationId) as RevisionRow[]).map((r) => ({ ...r, summary: (JSON.parse(r.snapshot) as { summary?: string }).summary }));
    for (const ack of acks) {
      const own = revisions.find((r) => r.version === ack.version);
      const next = revisions.find((r) => r.version > ack.version);
      const kept = own
        ? own.summary === ack.token
        : ack.autosave && next !== undefined && next.autosave === 1 && next.email === ack.email;
      const audited = (auditOf.get(translationId, ack.version) as { n: number }).n === 1;
      if (kept && audited) present++;
      else if (!own && !kept) problems.push(`translation ${translationId} v${ack.version} (${ack.token}): acknowledged, but no revision has it`);
      else if (!kept) problems.push(`translation ${translationId} v${ack.version}: revision holds "${own?.summary}", the acknowledged save was "${ack.token}"`);
      else problems.push(`translation ${translationId} v${ack.version} (${ack.token}): acknowledged, but not audited exactly once`);
    }
    const newest = acks.reduce((a, b) => (b.version > a.version ? b : a));
    const row = workingCopy.get(translationId) as { version: number; summary: string } | undefined;
    if (!row) {
      problems.push(`translation ${translationId}: gone`);
      continue;
    }
    if (row.version < newest.version) problems.push(`translation ${translationId}: working copy at v${row.version}, behind the acknowledged v${newest.version}`);
    else if (row.version === newest.version && row.summary !== newest.token) problems.push(`translation ${translationId}: working copy v${row.version} holds "${row.summary}", not the acknowledged "${newest.token}"`);
    // Every save adds one to the version: what is beyond the acknowledged ones came from saves
    // whose answers were lost, and there cannot be more of those than were in flight.
    const extra = row.version - 1 - acks.length;
    const allowed = unansweredByTranslation.get(translationId) ?? 0;
    if (extra < 0 || extra > allowed) problems.push(`translation ${translationId}: at v${row.version} after ${acks.length} acknowledged saves and ${allowed} unanswered`);
    else committedUnacknowledged += extra;
  }
  return { acknowledged: ledger.length, present, committedUnacknowledged, problems };
}
