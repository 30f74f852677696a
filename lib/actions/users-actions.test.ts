import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, passwordResetTokens, users, type Role } from '@/db/schema';
import type { CurrentUser } from '../authz';
import { createTestDatabase } from '../testing/db';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
vi.mock('../authz', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../authz')>()),
  getCurrentUser: async () => currentUser.value,
}));
const signOut = vi.hoisted(() => vi.fn(async (options: { redirectTo: string }) => {
  throw new Error(`redirect:${options.redirectTo}`);
}));
vi.mock('../auth', () => ({ clientIp: () => '203.0.113.9', signOut }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));

const { createUserAction } = await import('./create-user');
const { changeUserRoleAction } = await import('./change-user-role');
const { deactivateUserAction } = await import('./deactivate-user');
const { reactivateUserAction } = await import('./reactivate-user');
const { resetUserPasswordAction } = await import('./reset-user-password');
const { setPasswordAction } = await import('./set-password');
const { signOutEverywhereAction } = await import('./sign-out-everywhere');
const { issuePasswordLink } = await import('@/db/mutations/users');

let db: Db;
let cleanup: () => void;
let adminId: number;
let targetId: number;
let inactiveId: number;

function addUser(email: string, role: Role, active = true): number {
  return db.insert(users).values({ email, name: email, passwordHash: 'x', role, active }).returning({ id: users.id }).get().id;
}

beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  adminId = addUser('admin@example.org', 'admin');
  targetId = addUser('editor@example.org', 'editor');
  inactiveId = addUser('gone@example.org', 'translator', false);
});
afterEach(() => cleanup());

function form(entries: Record<string, string | number>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, String(v));
  return fd;
}

/** Everything these actions could change. */
function snapshot() {
  return JSON.stringify([
    db.select().from(users).orderBy(users.id).all(),
    db.select().from(passwordResetTokens).orderBy(passwordResetTokens.id).all(),
    db.select().from(auditLog).orderBy(auditLog.id).all(),
  ]);
}

const caller = (role: Role): CurrentUser => ({ id: 4242, email: `${role}@example.org`, name: role, role, preferredLocale: 'en' });

const actions = [
  { name: 'createUserAction', run: () => createUserAction(null, form({ name: 'New Person', email: 'new@example.org', role: 'admin', preferredLocale: 'en' })) },
  { name: 'changeUserRoleAction', run: () => changeUserRoleAction(null, form({ userId: targetId, role: 'admin' })) },
  { name: 'deactivateUserAction', run: () => deactivateUserAction(null, form({ userId: targetId })) },
  { name: 'reactivateUserAction', run: () => reactivateUserAction(null, form({ userId: inactiveId })) },
  { name: 'resetUserPasswordAction', run: () => resetUserPasswordAction(null, form({ userId: targetId })) },
];

const refusedCallers: [string, CurrentUser | null][] = [
  ['an anonymous caller', null],
  ['a translator', caller('translator')],
  ['an editor', caller('editor')],
];

describe.each(actions)('$name', ({ run }) => {
  it.each(refusedCallers)('refuses %s and changes nothing', async (_who, user) => {
    currentUser.value = user;
    const before = snapshot();
    expect(await run()).toEqual({ ok: false, error: 'Errors.forbidden' });
    expect(snapshot()).toBe(before);
  });

  it('lets an admin through, who changes the database', async () => {
    currentUser.value = { ...caller('admin'), id: adminId };
    const before = snapshot();
    expect(await run()).toMatchObject({ ok: true });
    expect(snapshot()).not.toBe(before);
  });
});

describe('admin actions', () => {
  beforeEach(() => {
    currentUser.value = { ...caller('admin'), id: adminId };
  });

  it('creating a user answers with a one-time link in the user’s language and never echoes the input', async () => {
    const result = await createUserAction(null, form({ name: 'Нурлан', email: 'Nurlan@Example.org', role: 'editor', preferredLocale: 'ru' }));
    expect(result).toEqual({ ok: true, link: expect.stringMatching(/^http:\/\/localhost:\d+\/ru\/admin\/set-password\/[A-Za-z0-9_-]{43}$/) });
    expect(JSON.stringify(result)).not.toMatch(/Nurlan|Нурлан/i);
  });

  it('a taken e-mail is an error on the e-mail field', async () => {
    expect(await createUserAction(null, form({ name: 'X', email: 'EDITOR@example.org', role: 'editor', preferredLocale: 'en' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { email: 'Errors.emailTaken' },
    });
  });

  it('an admin cannot deactivate themself or drop their own admin role', async () => {
    expect(await deactivateUserAction(null, form({ userId: adminId }))).toEqual({ ok: false, error: 'Errors.cannotDeactivateSelf' });
    expect(await changeUserRoleAction(null, form({ userId: adminId, role: 'editor' }))).toEqual({ ok: false, error: 'Errors.cannotChangeOwnRole' });
  });

  it('invalid input is refused field by field', async () => {
    expect(await changeUserRoleAction(null, form({ userId: targetId, role: 'owner' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { role: 'Errors.invalidField' },
    });
    expect(await createUserAction(null, form({ name: ' ', email: 'nope', role: 'editor', preferredLocale: 'en' }))).toMatchObject({
      fieldErrors: { name: 'Errors.required', email: 'Errors.invalidEmail' },
    });
  });
});

describe('setPasswordAction', () => {
  function token(): string {
    return db.transaction((tx) => issuePasswordLink(tx, targetId, { id: adminId, ip: null })).token;
  }

  it('sets the password with a valid link and sends the person to sign in', async () => {
    const t = token();
    await expect(setPasswordAction(null, form({ token: t, locale: 'ru', password: 'twelve chars ok', confirm: 'twelve chars ok' }))).rejects.toThrow(
      'redirect:/ru/admin/sign-in?passwordSet=1',
    );
    expect(db.select().from(users).where(eq(users.id, targetId)).get()?.passwordHash).toMatch(/^scrypt\$/);
    // Spent: a second use is refused.
    expect(await setPasswordAction(null, form({ token: t, locale: 'ru', password: 'another password', confirm: 'another password' }))).toEqual({
      ok: false,
      error: 'Errors.linkInvalid',
    });
  });

  it('refuses a short password or a mismatched confirmation without spending the link', async () => {
    const t = token();
    expect(await setPasswordAction(null, form({ token: t, locale: 'en', password: 'short', confirm: 'short' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { password: 'Errors.passwordTooShort' },
    });
    expect(await setPasswordAction(null, form({ token: t, locale: 'en', password: 'long enough pass', confirm: 'long enough pasS' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { confirm: 'Errors.passwordMismatch' },
    });
    expect(db.select().from(passwordResetTokens).get()?.usedAt).toBeNull();
  });

  it('refuses a common password, the e-mail itself or one containing the name, without spending the link', async () => {
    db.update(users).set({ name: 'Nadia Newcomer' }).where(eq(users.id, targetId)).run();
    const email = db.select({ email: users.email }).from(users).where(eq(users.id, targetId)).get()!.email;
    const t = token();
    const refused = async (password: string) =>
      ((await setPasswordAction(null, form({ token: t, locale: 'en', password, confirm: password }))) as { fieldErrors?: Record<string, string> }).fieldErrors
        ?.password;
    expect(await refused('qwertyuiopasdfghjkl')).toBe('Errors.passwordTooCommon');
    expect(await refused('Password123456')).toBe('Errors.passwordTooCommon');
    expect(await refused(email.toUpperCase())).toBe('Errors.passwordIsEmail');
    expect(await refused('nadia-picked-this-one')).toBe('Errors.passwordContainsName');
    expect(db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, targetId)).get()?.usedAt).toBeNull();
  });

  it('refuses an unknown token and changes nothing', async () => {
    const before = snapshot();
    expect(await setPasswordAction(null, form({ token: 'made-up', locale: 'en', password: 'long enough pass', confirm: 'long enough pass' }))).toEqual({
      ok: false,
      error: 'Errors.linkInvalid',
    });
    expect(snapshot()).toBe(before);
  });
});

describe('signOutEverywhereAction', () => {
  it("ends every session of the caller's own account, this one included, and audits it", async () => {
    const before = db.select().from(users).where(eq(users.id, targetId)).get()!.sessionVersion;
    const adminBefore = db.select().from(users).where(eq(users.id, adminId)).get()!.sessionVersion;
    currentUser.value = { id: targetId, email: 'editor@example.org', name: 'E', role: 'editor', preferredLocale: 'en' };
    await expect(signOutEverywhereAction(null, form({ locale: 'ru' }))).rejects.toThrow('redirect:/ru/admin/sign-in');
    expect(db.select().from(users).where(eq(users.id, targetId)).get()!.sessionVersion).toBe(before + 1);
    // Nobody else's sessions move.
    expect(db.select().from(users).where(eq(users.id, adminId)).get()!.sessionVersion).toBe(adminBefore);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_out_everywhere')).get();
    expect(entry).toMatchObject({ actorId: targetId, entityId: targetId, ip: '203.0.113.9' });
  });
});
