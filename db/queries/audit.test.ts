import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { startOfSiteDay } from '@/lib/time';
import type { Db } from '../client';
import { auditLog, users } from '../schema';
import { listAuditActions, listAuditEntityTypes, listAuditEntries } from './audit';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

function addUser(name: string): number {
  return db.insert(users).values({ email: `${name}@example.org`, name, passwordHash: 'x', role: 'admin' }).returning({ id: users.id }).get().id;
}

function entry(at: string, action: string, actorId: number | null, entityType: string | null = 'user', entityId: number | null = 1) {
  db.insert(auditLog).values({ at: new Date(at), action, actorId, entityType, entityId, ip: '192.0.2.1' }).run();
}

describe('listAuditEntries', () => {
  it('lists newest first with the actor’s name, and filters by action, actor, record type and Almaty dates', () => {
    const aigerim = addUser('Aigerim');
    const olga = addUser('Olga');
    entry('2026-03-01T10:00:00Z', 'auth.sign_in', aigerim);
    entry('2026-03-02T10:00:00Z', 'user.create', aigerim);
    entry('2026-03-03T10:00:00Z', 'auth.sign_in_failed', null);
    entry('2026-03-04T10:00:00Z', 'story.create', olga, 'story', 5);
    // 23:30 UTC on the 4th is already the 5th in Almaty (UTC+5).
    entry('2026-03-04T23:30:00Z', 'auth.sign_in', olga);

    const all = listAuditEntries({}, 1);
    expect(all.total).toBe(5);
    expect(all.items.map((e) => e.action)).toEqual(['auth.sign_in', 'story.create', 'auth.sign_in_failed', 'user.create', 'auth.sign_in']);
    expect(all.items[0]).toMatchObject({ actorId: olga, actorName: 'Olga', entityType: 'user', ip: '192.0.2.1' });
    expect(all.items[2]).toMatchObject({ actorId: null, actorName: null });

    expect(listAuditEntries({ action: 'auth.sign_in' }, 1).items.map((e) => e.actorName)).toEqual(['Olga', 'Aigerim']);
    expect(listAuditEntries({ actor: aigerim }, 1).items.map((e) => e.action)).toEqual(['user.create', 'auth.sign_in']);
    expect(listAuditEntries({ actor: 'none' }, 1).items.map((e) => e.action)).toEqual(['auth.sign_in_failed']);
    expect(listAuditEntries({ entityType: 'story' }, 1).items.map((e) => e.entityId)).toEqual([5]);
    expect(listAuditEntries({ action: 'auth.sign_in', actor: olga }, 1).total).toBe(1);

    const day = (d: string, days = 0) => startOfSiteDay(d, days);
    // 2 March to 4 March, Almaty days, inclusive.
    const range = listAuditEntries({ from: day('2026-03-02'), to: day('2026-03-04', 1) }, 1);
    expect(range.items.map((e) => e.action)).toEqual(['story.create', 'auth.sign_in_failed', 'user.create']);
    expect(listAuditEntries({ from: day('2026-03-05') }, 1).items.map((e) => e.action)).toEqual(['auth.sign_in']);
  });

  it('pages by 50 without repeating or skipping entries, even with equal times', () => {
    for (let i = 0; i < 120; i++) entry(`2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`, `test.e${i}`, null);
    const pages = [1, 2, 3].map((p) => listAuditEntries({}, p));
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.every((p) => p.pageCount === 3 && p.total === 120)).toBe(true);
    const ids = pages.flatMap((p) => p.items.map((e) => e.id));
    expect(new Set(ids).size).toBe(120);
    const times = pages.flatMap((p) => p.items.map((e) => e.at.getTime()));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(listAuditEntries({}, 4).items).toEqual([]);
  });

  it('offers the actions and record types present, for the filters', () => {
    entry('2026-03-01T10:00:00Z', 'user.create', null);
    entry('2026-03-01T11:00:00Z', 'auth.sign_in', null);
    entry('2026-03-01T12:00:00Z', 'system.seed_demo', null, null, null);
    entry('2026-03-01T13:00:00Z', 'user.create', null);
    expect(listAuditActions()).toEqual(['auth.sign_in', 'system.seed_demo', 'user.create']);
    expect(listAuditEntityTypes()).toEqual(['user']);
  });
});
