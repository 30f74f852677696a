import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { insertAuditEntry } from '@/db/mutations/audit';
import { saveTranslation } from '@/db/mutations/story-editing';
import { insertStoryWithTranslations } from '@/db/mutations/stories';
import { revisions, entryTranslations, users } from '@/db/schema';
import { createTestDatabase } from '@/lib/testing/db';
import { verifyLedger, type Acknowledged } from './ledger';

let db: Db;
let cleanup: () => void;
let people: Record<'alice' | 'bob', number>;
let translationId: number;

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  const [alice, bob] = ['alice', 'bob'].map(
    (name) => db.insert(users).values({ email: `${name}@example.org`, name, passwordHash: 'x', role: 'editor' }).returning().get().id,
  ) as [number, number];
  people = { alice, bob };
  const { storyId } = insertStoryWithTranslations(db, {
    kind: 'story',
    sourceLocale: 'en',
    topics: [],
    countries: [],
    authorId: alice,
    translations: [{ locale: 'en', title: 'Ledger', summary: '', body: { type: 'doc', content: [] }, status: 'draft', publishedAt: null }],
  });
  translationId = db.select().from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).get()!.id;
});
afterEach(() => cleanup());

/** A save as the save action makes it (saved and audited in one transaction), and what the editor was told. */
function save(who: 'alice' | 'bob', baseVersion: number, token: string, autosave: boolean): Acknowledged {
  const result = db.transaction((tx) => {
    const saved = saveTranslation(tx, {
      translationId,
      baseVersion,
      fields: { title: 'Ledger', slug: 'ledger', summary: token, body: { type: 'doc', content: [] }, dateline: '', seoTitle: '', seoDescription: '', publishedAt: null },
      note: '',
      autosave,
      actorId: people[who],
    });
    if (saved.ok) insertAuditEntry(tx, { actorId: people[who], action: autosave ? 'translation.autosave' : 'translation.save', entityType: 'translation', entityId: translationId, detail: { version: saved.version } });
    return saved;
  });
  if (!result.ok) throw new Error('save refused');
  return { translationId, version: result.version, token, autosave, email: `${who}@example.org` };
}

describe('verifyLedger', () => {
  it('finds every acknowledged save, manual ones as their revision and autosaves folded into the same person’s next one', () => {
    const ledger = [save('alice', 1, 'a1', false), save('alice', 2, 'a2', true), save('alice', 3, 'a3', true), save('bob', 4, 'b1', true), save('bob', 5, 'b2', false)];
    // Alice's two autosaves share one revision (the later text), as designed.
    expect(db.select().from(revisions).where(eq(revisions.translationId, translationId)).all().map((r) => r.version)).toEqual([1, 2, 4, 5, 6]);
    expect(verifyLedger(db.$client, ledger)).toEqual({ acknowledged: 5, present: 5, committedUnacknowledged: 0, problems: [] });
  });

  it('reports an acknowledged save the database lacks', () => {
    const ledger = [save('alice', 1, 'a1', false), save('alice', 2, 'a2', false)];
    db.delete(revisions).where(eq(revisions.version, 3)).run();
    const verdict = verifyLedger(db.$client, ledger);
    expect(verdict.present).toBe(1);
    expect(verdict.problems).toContainEqual(expect.stringContaining('v3 (a2): acknowledged, but no revision has it'));
  });

  it('reports a revision that holds something else than what was acknowledged, and a working copy that went back', () => {
    const ledger = [save('alice', 1, 'a1', false)];
    db.update(entryTranslations).set({ version: 1, summary: 'older' }).where(eq(entryTranslations.id, translationId)).run();
    const verdict = verifyLedger(db.$client, [...ledger, { ...ledger[0]!, version: 2, token: 'never saved' }]);
    expect(verdict.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('revision holds "a1", the acknowledged save was "never saved"'),
        expect.stringContaining('working copy at v1, behind the acknowledged v2'),
      ]),
    );
  });

  it('allows saves that committed unanswered only as many as were in flight', () => {
    const ledger = [save('alice', 1, 'a1', false)];
    save('alice', 2, 'answer lost', false);
    expect(verifyLedger(db.$client, ledger).problems).toEqual([expect.stringContaining('at v3 after 1 acknowledged saves and 0 unanswered')]);
    expect(verifyLedger(db.$client, ledger, new Map([[translationId, 1]]))).toMatchObject({ present: 1, committedUnacknowledged: 1, problems: [] });
  });

  it('reports an acknowledged save without its audit entry', () => {
    const ledger = [save('alice', 1, 'a1', false)];
    db.$client.prepare('delete from audit_log').run();
    expect(verifyLedger(db.$client, ledger).problems).toEqual([expect.stringContaining('not audited exactly once')]);
  });
});
