import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { verifyPassword } from '@/lib/password';
import type { Db } from '../client';
import { auditLog, passwordResetTokens, users, type Role } from '../schema';
import { getUsablePasswordLink, listUsers } from '../queries/users';
import {
  deactivateUser,
  findUsablePasswordLink,
  hashToken,
  insertUser,
  PASSWORD_LINK_TTL_MS,
  reactivateUser,
  resetUserPassword,
  setPasswordWithLink,
  updatePreferredLocale,
  updateUserRole,
  type Actor,
} from './users';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const HOUR = 60 * 60 * 1000;

function addUser(role: Role, email = `${role}-${Math.random().toString(36).slice(2)}@example.org`, active = true): number {
  return db.insert(users).values({ email, name: email, passwordHash: 'x', role, active }).returning({ id: users.id }).get().id;
}
const as = (id: number | null): Actor => ({ id, ip: '198.51.100.7' });
const userRow = (id: number) => db.select().from(users).where(eq(users.id, id)).get()!;
const auditActions = () => db.select({ action: auditLog.action }).from(auditLog).orderBy(auditLog.id).all().map((r) => r.action);
const tx = <T>(fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db));

describe('insertUser', () => {
  it('adds the user lower-cased, with no usable password, a working one-time link and audit entries without the token', () => {
    const admin = addUser('admin');
    const result = tx((t) => insertUser(t, { name: 'Jane Doe', email: '  Jane.Doe@Example.ORG ', role: 'editor', preferredLocale: 'ru' }, as(admin)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = userRow(result.userId);
    expect(row).toMatchObject({ email: 'jane.doe@example.org', name: 'Jane Doe', role: 'editor', preferredLocale: 'ru', active: true });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(findUsablePasswordLink(db, result.token)).toMatchObject({ userId: result.userId, email: 'jane.doe@example.org' });
    // Only the hash is stored.
    const stored = db.select().from(passwordResetTokens).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(hashToken(result.token));
    expect(stored[0]?.tokenHash).not.toContain(result.token);

    const entries = db.select().from(auditLog).orderBy(auditLog.id).all();
    expect(entries.map((e) => e.action)).toEqual(['user.create', 'user.password_reset_link']);
    expect(entries[0]).toMatchObject({ actorId: admin, entityType: 'user', entityId: result.userId, ip: '198.51.100.7' });
    expect(JSON.stringify(entries)).not.toContain(result.token);
  });

  it('refuses an e-mail already taken, whatever its case, and changes nothing', () => {
    const admin = addUser('admin', 'admin@example.org');
    addUser('editor', 'taken@example.org');
    const before = auditActions().length;
    const result = tx((t) => insertUser(t, { name: 'Copy', email: 'TAKEN@example.org', role: 'translator', preferredLocale: 'en' }, as(admin)));
    expect(result).toEqual({ ok: false, error: 'email_taken' });
    expect(listUsers()).toHaveLength(2);
    expect(auditActions()).toHaveLength(before);
  });
});

describe('updateUserRole', () => {
  it('changes the role, ends the user’s sessions and audits from and to', () => {
    const admin = addUser('admin');
    const editor = addUser('editor');
    expect(tx((t) => updateUserRole(t, editor, 'translator', as(admin)))).toEqual({ ok: true });
    expect(userRow(editor)).toMatchObject({ role: 'translator', sessionVersion: 1 });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'user.role_change')).get();
    expect(entry).toMatchObject({ actorId: admin, entityId: editor, detail: { from: 'editor', to: 'translator' } });
  });

  it('refuses to let an admin take away their own admin role', () => {
    const admin = addUser('admin');
    addUser('admin');
    expect(tx((t) => updateUserRole(t, admin, 'editor', as(admin)))).toEqual({ ok: false, error: 'own_role' });
    expect(userRow(admin).role).toBe('admin');
  });

  it('never demotes the last active admin', () => {
    const admin = addUser('admin');
    addUser('admin', undefined, false); // a deactivated admin does not count
    expect(tx((t) => updateUserRole(t, admin, 'editor', as(null)))).toEqual({ ok: false, error: 'last_admin' });
    expect(userRow(admin)).toMatchObject({ role: 'admin', sessionVersion: 0 });
    expect(auditActions()).toEqual([]);
  });

  it('demotes an admin while another active admin remains', () => {
    const first = addUser('admin');
    const second = addUser('admin');
    expect(tx((t) => updateUserRole(t, second, 'editor', as(first)))).toEqual({ ok: true });
    expect(tx((t) => updateUserRole(t, first, 'editor', as(null)))).toEqual({ ok: false, error: 'last_admin' });
  });

  it('answers not found for an unknown user', () => {
    const admin = addUser('admin');
    expect(tx((t) => updateUserRole(t, 9999, 'editor', as(admin)))).toEqual({ ok: false, error: 'user_not_found' });
  });
});

describe('deactivateUser and reactivateUser', () => {
  it('deactivation ends the user’s sessions and voids their unused links; reactivation lets them back', () => {
    const admin = addUser('admin');
    const editor = addUser('editor');
    const reset = tx((t) => resetUserPassword(t, editor, as(admin)));
    if (!reset.ok) throw new Error('reset failed');
    expect(tx((t) => deactivateUser(t, editor, as(admin)))).toEqual({ ok: true });
    expect(userRow(editor)).toMatchObject({ active: false, sessionVersion: 1 });
    expect(findUsablePasswordLink(db, reset.token)).toBeUndefined();

    expect(tx((t) => reactivateUser(t, editor, as(admin)))).toEqual({ ok: true });
    expect(userRow(editor).active).toBe(true);
    expect(auditActions()).toEqual(['user.password_reset_link', 'user.deactivate', 'user.reactivate']);
  });

  it('refuses self-deactivation', () => {
    const admin = addUser('admin');
    addUser('admin');
    expect(tx((t) => deactivateUser(t, admin, as(admin)))).toEqual({ ok: false, error: 'self_deactivation' });
    expect(userRow(admin).active).toBe(true);
  });

  it('never deactivates the last active admin', () => {
    const admin = addUser('admin');
    expect(tx((t) => deactivateUser(t, admin, as(null)))).toEqual({ ok: false, error: 'last_admin' });
    expect(userRow(admin).active).toBe(true);
    expect(auditActions()).toEqual([]);
  });
});

describe('one-time set-password links', () => {
  function linkFor(userId: number, now = new Date()): string {
    const result = tx((t) => resetUserPassword(t, userId, as(null), now));
    if (!result.ok) throw new Error(result.error);
    return result.token;
  }

  it('sets the password once: the hash is stored, sessions end, the link is spent and audited as the user', () => {
    const editor = addUser('editor');
    const token = linkFor(editor);
    expect(getUsablePasswordLink(token)?.userId).toBe(editor);
    const hash = '$not-a-real-hash$';
    expect(tx((t) => setPasswordWithLink(t, token, hash, '203.0.113.1'))).toEqual({ ok: true, userId: editor });
    expect(userRow(editor)).toMatchObject({ passwordHash: hash, sessionVersion: 1 });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'user.password_set')).get();
    expect(entry).toMatchObject({ actorId: editor, entityType: 'user', entityId: editor, ip: '203.0.113.1', detail: null });

    // Used: refused the second time, and nothing changes.
    expect(tx((t) => setPasswordWithLink(t, token, 'other', null))).toEqual({ ok: false, error: 'link_invalid' });
    expect(userRow(editor)).toMatchObject({ passwordHash: hash, sessionVersion: 1 });
    expect(findUsablePasswordLink(db, token)).toBeUndefined();
  });

  it('stores a hash that signs in with the chosen password', async () => {
    const { hashPassword } = await import('@/lib/password');
    const editor = addUser('editor');
    const token = linkFor(editor);
    const hash = await hashPassword('a long enough password');
    tx((t) => setPasswordWithLink(t, token, hash, null));
    expect(await verifyPassword('a long enough password', userRow(editor).passwordHash)).toBe(true);
  });

  it('refuses an expired link', () => {
    const editor = addUser('editor');
    const issuedAt = new Date(Date.now() - PASSWORD_LINK_TTL_MS - HOUR);
    const token = linkFor(editor, issuedAt);
    expect(findUsablePasswordLink(db, token, new Date(issuedAt.getTime() + PASSWORD_LINK_TTL_MS - HOUR))).toBeDefined();
    expect(findUsablePasswordLink(db, token)).toBeUndefined();
    expect(tx((t) => setPasswordWithLink(t, token, 'h', null))).toEqual({ ok: false, error: 'link_invalid' });
    expect(userRow(editor).passwordHash).toBe('x');
  });

  it('a new link voids the earlier unused one', () => {
    const editor = addUser('editor');
    const first = linkFor(editor);
    const second = linkFor(editor);
    expect(findUsablePasswordLink(db, first)).toBeUndefined();
    expect(tx((t) => setPasswordWithLink(t, first, 'h', null))).toEqual({ ok: false, error: 'link_invalid' });
    expect(tx((t) => setPasswordWithLink(t, second, 'h', null)).ok).toBe(true);
  });

  it('refuses unknown tokens and links of deactivated users', () => {
    const editor = addUser('editor');
    expect(findUsablePasswordLink(db, 'no-such-token')).toBeUndefined();
    expect(findUsablePasswordLink(db, '')).toBeUndefined();
    const token = linkFor(editor);
    db.update(users).set({ active: false }).where(eq(users.id, editor)).run();
    expect(tx((t) => setPasswordWithLink(t, token, 'h', null))).toEqual({ ok: false, error: 'link_invalid' });
  });
});

describe('updatePreferredLocale', () => {
  it('saves the admin language the user switched to, audited once; switching to the same one records nothing', () => {
    const translator = addUser('translator');
    expect(tx((t) => updatePreferredLocale(t, translator, 'ru', as(translator)))).toEqual({ ok: true });
    expect(userRow(translator).preferredLocale).toBe('ru');
    expect(tx((t) => updatePreferredLocale(t, translator, 'ru', as(translator)))).toEqual({ ok: true });
    expect(auditActions()).toEqual(['user.preferred_locale']);
  });

  it('refuses an unknown user', () => {
    expect(tx((t) => updatePreferredLocale(t, 9999, 'ru', as(null)))).toEqual({ ok: false, error: 'user_not_found' });
  });
});
