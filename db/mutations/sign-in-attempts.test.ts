import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { auditLog, users } from '../schema';
import { settleSignInAttempt, type SignInAttempt, type ThrottlePolicy } from './sign-in-attempts';

const policy: ThrottlePolicy = { maxFailuresPerAccount: 3, maxFailuresPerIp: 5, lockMs: 15 * 60_000 };
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let db: Db;
let cleanup: () => void;
let user: { id: number; active: boolean };
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  const row = db
    .insert(users)
    .values({ email: 'olga@example.org', name: 'Olga', passwordHash: 'x', role: 'translator' })
    .returning({ id: users.id })
    .get();
  user = { id: row.id, active: true };
});
afterEach(() => cleanup());

function attempt(passwordOk: boolean, when: Date, over: Partial<SignInAttempt> = {}) {
  return db.transaction((tx) => settleSignInAttempt(tx, { email: 'olga@example.org', ip: '203.0.113.7', user, passwordOk, ...over }, policy, when));
}
const fail = (when: Date, over: Partial<SignInAttempt> = {}) => attempt(false, when, over);
const reason = (o: ReturnType<typeof attempt>) => (o.ok ? 'ok' : o.reason);
const auditActions = () => db.select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action);

describe('sign-in throttling', () => {
  it('locks an account after the configured number of failures, refusing even the right password as it refuses a wrong one', () => {
    expect(fail(at(0))).toEqual({ ok: false, reason: 'failed' });
    expect(fail(at(1))).toEqual({ ok: false, reason: 'failed' });
    expect(attempt(true, at(2))).toEqual({ ok: true, userId: user.id });
    // The success cleared the count: three more failures are needed.
    fail(at(3));
    fail(at(4));
    expect(attempt(true, at(4.5)).ok).toBe(true);
    fail(at(5));
    fail(at(6));
    fail(at(7));
    const locked = attempt(true, at(8));
    expect(locked).toEqual({ ok: false, reason: 'locked' });
    // Both are "not ok" to the caller, which answers them alike (lib/auth.ts throws the same error).
    expect(fail(at(9)).ok).toBe(locked.ok);
  });

  it('audits a refusal while locked, naming the account and the lock, nothing secret', () => {
    for (const m of [0, 1, 2]) fail(at(m));
    attempt(true, at(3));
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_in_locked')).get();
    expect(entry).toMatchObject({ entityId: user.id, ip: '203.0.113.7' });
    expect(entry?.detail).toEqual({ email: 'olga@example.org', scope: 'account', until: at(2 + 15).toISOString() });
  });

  it('counts the normalised e-mail, so case and spaces do not buy more tries', () => {
    fail(at(0), { email: 'Olga@Example.org' });
    fail(at(1), { email: ' OLGA@example.org ' });
    fail(at(2));
    expect(attempt(true, at(3))).toEqual({ ok: false, reason: 'locked' });
  });

  it('treats an unknown e-mail like a real one', () => {
    for (const m of [0, 1, 2]) expect(reason(fail(at(m), { email: 'nobody@example.org', user: undefined }))).toBe('failed');
    expect(reason(fail(at(3), { email: 'nobody@example.org', user: undefined }))).toBe('locked');
  });

  it('lets the lock run out after the lock period, and forgets failures spread wider than the window', () => {
    for (const m of [0, 1, 2]) fail(at(m));
    expect(reason(attempt(true, at(16)))).toBe('locked');
    expect(attempt(true, at(17.5))).toEqual({ ok: true, userId: user.id });
    // Three failures, but the first is outside the window by the time of the third.
    fail(at(20));
    fail(at(30));
    fail(at(36));
    expect(attempt(true, at(37)).ok).toBe(true);
  });

  it('does not stretch a lock with the attempts it refuses', () => {
    for (const m of [0, 1, 2]) fail(at(m));
    for (const m of [5, 10, 15, 16]) expect(reason(fail(at(m)))).toBe('locked');
    expect(attempt(true, at(17.1)).ok).toBe(true);
  });

  it('locks an address that fails across many accounts, for every account', () => {
    for (const m of [0, 1, 2, 3, 4]) fail(at(m), { email: `guess${m}@example.org`, user: undefined });
    expect(attempt(true, at(5))).toEqual({ ok: false, reason: 'locked' });
    // The same account from another address is not locked: the account itself had no failures.
    expect(attempt(true, at(5), { ip: '198.51.100.1' })).toEqual({ ok: true, userId: user.id });
    expect(auditActions()).toContain('auth.sign_in_locked');
  });

  it('counts IPv6 failures per /64 network: an attacker choosing a new address in it for every guess is locked all the same', () => {
    const addresses = ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:db8:7:1:ffff:ffff:ffff:ffff', '2001:db8:7:1:abcd::9', '2001:db8:7:1:1234:5678:9abc:def0'];
    addresses.forEach((ip, m) => expect(reason(fail(at(m), { email: `guess${m}@example.org`, user: undefined, ip }))).toBe('failed'));
    // A sixth address of the same /64, never seen before, with the right password of a real account.
    expect(attempt(true, at(5), { ip: '2001:db8:7:1:dead:beef:0:1' })).toEqual({ ok: false, reason: 'locked' });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_in_locked')).get();
    // The audit names the full address, and the network it was counted under.
    expect(entry).toMatchObject({ ip: '2001:db8:7:1:dead:beef:0:1', detail: { scope: 'ip', network: '2001:db8:7:1::/64' } });
    // The neighbouring /64 (another subscriber) is not locked.
    expect(attempt(true, at(5), { ip: '2001:db8:7:2::1' })).toEqual({ ok: true, userId: user.id });
  });

  it('counts an IPv4 address on its own, its neighbours apart, and an IPv4-mapped IPv6 address as that IPv4 address', () => {
    for (const m of [0, 1, 2, 3]) fail(at(m), { email: `guess${m}@example.org`, user: undefined, ip: '203.0.113.9' });
    expect(attempt(true, at(4), { ip: '203.0.113.10' })).toEqual({ ok: true, userId: user.id });
    // The fifth failure arrives as ::ffff:203.0.113.9 (in its hexadecimal spelling): the same address.
    expect(reason(fail(at(5), { email: 'guess5@example.org', user: undefined, ip: '0:0:0:0:0:ffff:cb00:7109' }))).toBe('failed');
    expect(reason(attempt(true, at(6), { ip: '203.0.113.9' }))).toBe('locked');
    expect(reason(attempt(true, at(6), { ip: '::ffff:203.0.113.9' }))).toBe('locked');
  });

  it('counts every spelling of an IPv6 address the same', () => {
    const spellings = ['2001:DB8:0:0::1', '2001:0db8:0000:0000:0000:0000:0000:0001', '[2001:db8::1]:443', '2001:db8::1%eth0', '2001:db8:0:0:ffff::1'];
    spellings.forEach((ip, m) => fail(at(m), { email: `guess${m}@example.org`, user: undefined, ip }));
    expect(reason(attempt(true, at(5), { ip: '2001:db8::7' }))).toBe('locked');
  });

  it('refuses a deactivated account with the right password as a plain failure', () => {
    expect(attempt(true, at(0), { user: { id: user.id, active: false } })).toEqual({ ok: false, reason: 'failed' });
  });
});
